package org.fullaccounting.api.application.imports;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.fullaccounting.api.application.refusals.Refusal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A casualty list as CSV (RFC 4180: quoted cells may hold commas, doubled quotes and line breaks;
 * CRLF or LF), read with Apache Commons CSV. The header names the columns in any order; a column
 * the import does not know, a repeated one or a missing required one refuses the whole file
 * before a row is read. Empty lines are skipped. A row's line is the line of the file it starts
 * on, counted so for rows whose quoted cells span several lines too.
 */
final class CsvRows implements RowReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(false)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setAllowMissingColumnNames(true)
            .get();

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Column[] columnAt;
    private long nextLine;
    private ListedRow next;

    private CsvRows(CSVParser parser, Column[] columnAt) {
        this.parser = parser;
        this.records = parser.iterator();
        this.columnAt = columnAt;
        this.nextLine = parser.getCurrentLineNumber() + 1;
    }

    /** Opens the list and checks its header; refuses the file (INVALID_FILE) naming the column at fault. */
    static CsvRows open(InputStream bytes) throws IOException {
        CSVParser parser;
        try {
            parser = CSVParser.builder().setReader(RowReader.utf8(bytes)).setFormat(FORMAT).get();
        } catch (IllegalArgumentException duplicate) {
            throw Refusal.invalidFile(null, "the header row " + duplicate.getMessage());
        } catch (UncheckedIOException notText) {
            throw Refusal.invalidFile(null, "the header row cannot be read: " + notText.getCause().getMessage());
        }
        try {
            return new CsvRows(parser, columns(parser.getHeaderNames()));
        } catch (RuntimeException refused) {
            parser.close();
            throw refused;
        }
    }

    private static Column[] columns(List<String> headers) {
        if (headers.isEmpty()) {
            throw Refusal.invalidFile(null, "the file has no header row naming its columns");
        }
        Column[] at = new Column[headers.size()];
        List<Column> seen = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i);
            Column column = Column.ofHeader(header).orElseThrow(() -> Refusal.invalidFile(header,
                    "unknown column '" + header + "' (the columns are " + known() + ")"));
            if (seen.contains(column)) {
                throw Refusal.invalidFile(column.csv(), "the column " + column.csv() + " appears twice");
            }
            seen.add(column);
            at[i] = column;
        }
        for (Column column : Column.values()) {
            if (column.required() && !seen.contains(column)) {
                throw Refusal.invalidFile(column.csv(), "the required column " + column.csv() + " is missing");
            }
        }
        return at;
    }

    private static String known() {
        StringBuilder names = new StringBuilder();
        for (Column column : Column.values()) {
            names.append(names.isEmpty() ? "" : ", ").append(column.csv());
        }
        return names.toString();
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    return false;
                }
                record = records.next();
            } catch (UncheckedIOException broken) {
                throw new UncheckedIOException("line " + nextLine + ": " + broken.getCause().getMessage(),
                        broken.getCause());
            }
            long line = nextLine;
            nextLine = parser.getCurrentLineNumber() + 1;
            if (record.size() == 1 && record.get(0).isEmpty()) {
                continue;
            }
            next = row(record, line);
        }
        return true;
    }

    private ListedRow row(CSVRecord record, long line) {
        if (record.size() != columnAt.length) {
            return ListedRow.unreadable(line, null, "has " + record.size() + " cells, the header names "
                    + columnAt.length + " columns");
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        for (int i = 0; i < columnAt.length; i++) {
            // A cell a list export guarded against spreadsheet formulas comes back as it was (CsvCells).
            cells.put(columnAt[i], CsvCells.unescape(record.get(i)));
        }
        return new ListedRow(line, cells, List.of());
    }

    @Override
    public ListedRow next() {
        if (!hasNext()) {
            throw new java.util.NoSuchElementException();
        }
        ListedRow row = next;
        next = null;
        return row;
    }

    @Override
    public Function<Column, String> fieldNames() {
        return Column::csv;
    }

    @Override
    public long lineReached() {
        return nextLine;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
