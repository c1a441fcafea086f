package org.fullaccounting.api.application.imports;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One row of a casualty list as read, before it is checked: the line of the file it began on, its
 * cells by column (absent or empty: not given) and any problem found while reading it (a row with
 * too many cells, a line that is not a JSON object).
 */
record ListedRow(long line, Map<Column, String> cells, List<RowProblem> readProblems) {

    ListedRow {
        cells = cells.isEmpty() ? Map.of() : new EnumMap<>(cells);
        readProblems = List.copyOf(readProblems);
    }

    static ListedRow unreadable(long line, String field, String reason) {
        return new ListedRow(line, Map.of(), List.of(new RowProblem(field, reason)));
    }

    /** The cell's text, null when absent or only spaces. */
    String cell(Column column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
