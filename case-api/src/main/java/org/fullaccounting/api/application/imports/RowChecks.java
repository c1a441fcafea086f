package org.fullaccounting.api.application.imports;

import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.ImportedFrom;
import org.fullaccounting.casefile.api.OpenCaseCommand;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.projections.StorableText;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns a read row into the opening command POST /api/cases would send, or says what is wrong with
 * it: the same limits as that endpoint's request (required fields, lengths, enums, dates, text
 * PostgreSQL can store). The case's own rules (a service number of only hyphens, an opening as
 * ACCOUNTED_FOR, a number already claimed) stay the aggregate's: the import asks it, row by row
 * when a batch is refused.
 */
final class RowChecks {

    /** What the reader puts where the file had bytes that are not UTF-8. */
    static final char NOT_UTF8 = '\uFFFD';

    private RowChecks() {
    }

    /** Either a command (problems empty) or the problems (command null). */
    record Checked(OpenCaseCommand command, List<RowProblem> problems) {
    }

    static Checked check(ListedRow row, UUID caseId, Function<Column, String> fieldName, ImportedFrom origin) {
        List<RowProblem> problems = new ArrayList<>(row.readProblems());
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        for (Column column : Column.values()) {
            String value = row.cell(column);
            String field = fieldName.apply(column);
            if (value == null) {
                if (column.required()) {
                    problems.add(new RowProblem(field, "is required"));
                }
            } else if (value.indexOf(NOT_UTF8) >= 0) {
                problems.add(new RowProblem(field, "holds bytes that are not UTF-8 (save the file as UTF-8)"));
            } else if (!StorableText.isStorable(value)) {
                problems.add(new RowProblem(field, "contains a character that cannot be stored (U+0000 or an "
                        + "unpaired UTF-16 surrogate)"));
            } else if (column.maxLength() > 0 && value.length() > column.maxLength()) {
                problems.add(new RowProblem(field, "must be at most " + column.maxLength() + " characters"));
            }
        }
        Branch branch = known(Branch.class, row.cell(Column.BRANCH), fieldName.apply(Column.BRANCH), problems);
        CaseStatus status = known(CaseStatus.class, row.cell(Column.STATUS), fieldName.apply(Column.STATUS), problems);
        String lossDate = row.cell(Column.LOSS_DATE);
        if (lossDate != null && lossDate.indexOf(NOT_UTF8) < 0 && StorableText.isStorable(lossDate)
                && !HistoricalDate.isValid(lossDate)) {
            problems.add(new RowProblem(fieldName.apply(Column.LOSS_DATE), "'" + StorableText.storable(abbreviated(lossDate))
                    + "' is not a date as YYYY, YYYY-MM or YYYY-MM-DD (optionally 'circa YYYY')"));
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new OpenCaseCommand(caseId, row.cell(Column.SERVICE_NUMBER),
                new PersonName(row.cell(Column.FAMILY_NAME), row.cell(Column.GIVEN_NAME), row.cell(Column.MIDDLE_NAME)),
                row.cell(Column.RANK), branch, row.cell(Column.UNIT), HistoricalDate.ofNullable(lossDate),
                row.cell(Column.LOSS_PLACE), row.cell(Column.CIRCUMSTANCES), status, row.cell(Column.SOURCE), origin),
                List.of());
    }

    private static <E extends Enum<E>> E known(Class<E> type, String value, String field, List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            if (StorableText.isStorable(value) && value.indexOf(NOT_UTF8) < 0) {
                problems.add(new RowProblem(field, "'" + abbreviated(value) + "' is not one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            }
            return null;
        }
    }

    private static String abbreviated(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
