package org.fullaccounting.api.application.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two forms a casualty list comes in, by media type. */
public enum Format {
    CSV("text/csv"),
    NDJSON("application/x-ndjson");

    private final String mediaType;

    Format(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** "text/csv; charset=utf-8" is CSV; parameters other than the charset are ignored. */
    public static Optional<Format> of(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(type)).findFirst();
    }

    RowReader open(InputStream bytes) throws IOException {
        return this == CSV ? CsvRows.open(bytes) : new NdjsonRows(bytes);
    }
}
