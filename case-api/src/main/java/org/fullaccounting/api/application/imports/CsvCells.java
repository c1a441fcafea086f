package org.fullaccounting.api.application.imports;

import java.util.Arrays;
import java.util.List;

/**
 * The columns of a casualty list (the import's and the list export's), and the one rule that keeps
 * a cell from being run as a formula when a spreadsheet opens the file (CSV formula injection)
 * while the value still comes back exactly:
 * <ul>
 * <li>export: a cell whose first character, once any leading apostrophes are set aside, is one of
 *     {@code = + - @ TAB CR} gets one more apostrophe in front ({@code =SUM(A1)} becomes
 *     {@code '=SUM(A1)}, {@code '=x} becomes {@code ''=x});</li>
 * <li>import: a cell of that shape (apostrophes, then one of those characters) loses one leading
 *     apostrophe. Every other cell is taken as it is.</li>
 * </ul>
 * So {@code unescape(escape(v)) == v} for every value (CaseListCsvTest).
 */
public final class CsvCells {

    /** The header names, in the order of {@link Column}: the export writes them, the import reads them in any order. */
    public static final List<String> COLUMNS = Arrays.stream(Column.values()).map(Column::csv).toList();

    private CsvCells() {
    }

    public static String escape(String value) {
        return value != null && triggers(value) ? "'" + value : value;
    }

    public static String unescape(String cell) {
        return cell != null && cell.startsWith("'") && triggers(cell) ? cell.substring(1) : cell;
    }

    /** After any leading apostrophes, does the cell start with a character a spreadsheet runs? */
    private static boolean triggers(String value) {
        int first = 0;
        while (first < value.length() && value.charAt(first) == '\'') {
            first++;
        }
        return first < value.length() && "=+-@\t\r".indexOf(value.charAt(first)) >= 0;
    }
}
