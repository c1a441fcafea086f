package org.fullaccounting.casefile.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date in history as the source gives it: a year ("1950"), a month ("1950-11") or a day
 * ("1950-11-04"), optionally marked "circa". It is kept exactly as given, never padded to a
 * full date, so a reader can tell "November 1950" from "4 November 1950".
 *
 * <p>A range is two such dates joined by a slash, as ISO 8601 writes intervals:
 * "1953-08-05/1953-09-06" (Operation Big Switch), "1950-11/1951". It runs from its start's first
 * day to its end's last day; the end may not lie before the start. Sorted and filtered by its
 * earliest day like any date; its precision and "circa" are its start's.
 */
public record HistoricalDate(String value) implements Comparable<HistoricalDate> {

    public enum Precision { YEAR, MONTH, DAY }

    private static final Pattern FORMAT =
            Pattern.compile("(circa )?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private static final Comparator<HistoricalDate> CHRONOLOGICAL =
            Comparator.comparing(HistoricalDate::earliestDay).thenComparing(HistoricalDate::precision)
                    .thenComparing(HistoricalDate::circa);

    public HistoricalDate {
        if (value == null || !isValid(value)) {
            throw new IllegalArgumentException(
                    "not a historical date: '" + value + "' (use YYYY, YYYY-MM or YYYY-MM-DD, optionally 'circa ', "
                            + "or a range START/END of two such dates)");
        }
    }

    public static HistoricalDate of(String value) {
        return new HistoricalDate(value);
    }

    /** Null-tolerant: optional dates stay absent. */
    public static HistoricalDate ofNullable(String value) {
        return value == null || value.isBlank() ? null : new HistoricalDate(value.trim());
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() > 64) {
            return false;
        }
        int slash = value.indexOf('/');
        if (slash < 0) {
            return isValidSingle(value);
        }
        String start = value.substring(0, slash);
        String end = value.substring(slash + 1);
        return isValidSingle(start) && isValidSingle(end)
                && !new HistoricalDate(end).latestDay().isBefore(new HistoricalDate(start).earliestDay());
    }

    /** True when the date is a range "START/END". */
    public boolean isRange() {
        return value.indexOf('/') >= 0;
    }

    /** The start of a range, or the date itself. */
    public HistoricalDate start() {
        return isRange() ? new HistoricalDate(value.substring(0, value.indexOf('/'))) : this;
    }

    /** The end of a range, or the date itself. */
    public HistoricalDate end() {
        return isRange() ? new HistoricalDate(value.substring(value.indexOf('/') + 1)) : this;
    }

    private static boolean isValidSingle(String value) {
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(2)),
                    m.group(3) == null ? 1 : Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 1 : Integer.parseInt(m.group(4)));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    public boolean circa() {
        return value.startsWith("circa ");
    }

    public Precision precision() {
        if (isRange()) {
            return start().precision();
        }
        Matcher m = matcher();
        return m.group(4) != null ? Precision.DAY : m.group(3) != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day the date can mean: "1950-11" starts on 1950-11-01. Used for ordering only. */
    public LocalDate earliestDay() {
        if (isRange()) {
            return start().earliestDay();
        }
        Matcher m = matcher();
        return LocalDate.of(Integer.parseInt(m.group(2)),
                m.group(3) == null ? 1 : Integer.parseInt(m.group(3)),
                m.group(4) == null ? 1 : Integer.parseInt(m.group(4)));
    }

    /** The last day the date can mean: "1950-11" ends on 1950-11-30. */
    public LocalDate latestDay() {
        if (isRange()) {
            return end().latestDay();
        }
        LocalDate first = earliestDay();
        switch (precision()) {
            case YEAR:
                return first.withDayOfYear(first.lengthOfYear());
            case MONTH:
                return first.withDayOfMonth(first.lengthOfMonth());
            default:
                return first;
        }
    }

    /**
     * True only when this date certainly lies before the other, whatever their precision. A
     * "circa" date is never certainly before or after anything.
     */
    public boolean certainlyBefore(HistoricalDate other) {
        return !circa() && !other.circa() && !end().circa() && !other.end().circa() && latestDay().isBefore(other.earliestDay());
    }

    @Override
    public int compareTo(HistoricalDate other) {
        return CHRONOLOGICAL.compare(this, other);
    }

    @Override
    public String toString() {
        return value;
    }

    private Matcher matcher() {
        Matcher m = FORMAT.matcher(value);
        m.matches();
        return m;
    }
}
