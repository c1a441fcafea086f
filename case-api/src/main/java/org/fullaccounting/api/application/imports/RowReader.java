package org.fullaccounting.api.application.imports;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Function;

/**
 * Reads a spooled casualty list one row at a time (nothing but the current row in memory). The
 * text must be UTF-8, with or without a byte-order mark. Bytes that are not UTF-8 are read as
 * U+FFFD, and a row holding one is rejected naming the cell (RowChecks), so it is reported at its
 * own line and never stored as a damaged name; a decoding error would surface a buffer ahead of
 * the row being read, at the wrong line.
 */
interface RowReader extends Iterator<ListedRow>, Closeable {

    /** How the report names a field: CSV column names or POST /api/cases field names. */
    Function<Column, String> fieldNames();

    /** The line the reader has reached, for a failure's message. */
    long lineReached();

    static Reader utf8(InputStream bytes) throws IOException {
        BufferedInputStream in = new BufferedInputStream(bytes, 1 << 16);
        in.mark(3);
        byte[] head = in.readNBytes(3);
        boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom) {
            in.reset();
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
