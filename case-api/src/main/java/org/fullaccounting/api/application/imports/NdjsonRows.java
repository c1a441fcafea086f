package org.fullaccounting.api.application.imports;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A casualty list as NDJSON: one JSON object per line with the fields of POST /api/cases
 * (serviceNumber, name {family, given, middle}, rank, branch, unit, lossDate, lossPlace,
 * circumstances, status, source). A line that is not such an object (malformed, an unknown field)
 * is rejected on its own, naming the field where there is one; blank lines are skipped. A line is
 * read up to {@value #MAX_LINE_CHARS} characters; a longer one is rejected without being kept.
 */
final class NdjsonRows implements RowReader {

    static final int MAX_LINE_CHARS = 1 << 20;

    /** The body of POST /api/cases, every value as text so the checks name a wrong enum or date themselves. */
    record Opening(String serviceNumber, Name name, String rank, String branch, String unit, String lossDate,
                   String lossPlace, String circumstances, String status, String source) {
    }

    record Name(String family, String given, String middle) {
    }

    private static final ObjectReader READER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build().readerFor(Opening.class);

    private final Reader text;
    private final StringBuilder buffer = new StringBuilder();
    private long line;
    private boolean ended;
    private ListedRow next;

    NdjsonRows(InputStream bytes) throws IOException {
        this.text = new java.io.BufferedReader(RowReader.utf8(bytes), 1 << 16);
    }

    @Override
    public boolean hasNext() {
        while (next == null && !ended) {
            try {
                next = readLine();
            } catch (IOException broken) {
                throw new UncheckedIOException("line " + (line + 1) + ": " + broken.getMessage(), broken);
            }
        }
        return next != null;
    }

    /** The next non-blank line as a row; null when the line was blank or the text ended. */
    private ListedRow readLine() throws IOException {
        buffer.setLength(0);
        boolean tooLong = false;
        int c;
        while ((c = text.read()) != -1 && c != '\n') {
            if (buffer.length() < MAX_LINE_CHARS) {
                buffer.append((char) c);
            } else {
                tooLong = true;
            }
        }
        if (c == -1) {
            ended = true;
            if (buffer.isEmpty()) {
                return null;
            }
        }
        line++;
        if (tooLong) {
            return ListedRow.unreadable(line, null, "the line is longer than " + MAX_LINE_CHARS + " characters");
        }
        String json = buffer.toString().strip();
        return json.isEmpty() ? null : parse(json);
    }

    private ListedRow parse(String json) {
        Opening opening;
        try {
            opening = READER.readValue(json);
        } catch (JsonMappingException wrong) {
            String field = wrong.getPath().stream().map(reference -> reference.getFieldName() == null
                    ? "[" + reference.getIndex() + "]" : reference.getFieldName()).collect(Collectors.joining("."));
            return ListedRow.unreadable(line, field.isEmpty() ? null : field, wrong.getOriginalMessage()
                    .replaceAll(" \\(class [^)]*\\)", "").lines().findFirst().orElse("is not valid"));
        } catch (JsonProcessingException malformed) {
            return ListedRow.unreadable(line, null, "is not a JSON object: " + malformed.getOriginalMessage());
        }
        if (opening == null) {
            return ListedRow.unreadable(line, null, "is not a JSON object");
        }
        Map<Column, String> cells = new EnumMap<>(Column.class);
        put(cells, Column.SERVICE_NUMBER, opening.serviceNumber());
        if (opening.name() != null) {
            put(cells, Column.FAMILY_NAME, opening.name().family());
            put(cells, Column.GIVEN_NAME, opening.name().given());
            put(cells, Column.MIDDLE_NAME, opening.name().middle());
        }
        put(cells, Column.RANK, opening.rank());
        put(cells, Column.BRANCH, opening.branch());
        put(cells, Column.UNIT, opening.unit());
        put(cells, Column.LOSS_DATE, opening.lossDate());
        put(cells, Column.LOSS_PLACE, opening.lossPlace());
        put(cells, Column.CIRCUMSTANCES, opening.circumstances());
        put(cells, Column.STATUS, opening.status());
        put(cells, Column.SOURCE, opening.source());
        return new ListedRow(line, cells, List.of());
    }

    private static void put(Map<Column, String> cells, Column column, String value) {
        if (value != null) {
            cells.put(column, value);
        }
    }

    @Override
    public ListedRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        ListedRow row = next;
        next = null;
        return row;
    }

    @Override
    public Function<Column, String> fieldNames() {
        return Column::json;
    }

    @Override
    public long lineReached() {
        return line;
    }

    @Override
    public void close() throws IOException {
        text.close();
    }
}
