package org.fullaccounting.casefile.api;

import java.time.DateTimeException;
import java.time.LocalDate;

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

    private static final String CIRCA = "circa ";

    /**
     * What the chronological order compares, parsed once: by the earliest day, then coarsest first,
     * then exact before "circa". Sorting many dates by their keys parses each date once, where
     * comparing the dates themselves parses both at every comparison.
     */
    public record SortKey(LocalDate earliestDay, Precision precision, boolean circa) implements Comparable<SortKey> {

        @Override
        public int compareTo(SortKey other) {
            int byDay = earliestDay.compareTo(other.earliestDay);
            if (byDay != 0) {
                return byDay;
            }
            int byPrecision = precision.compareTo(other.precision);
            return byPrecision != 0 ? byPrecision : Boolean.compare(circa, other.circa);
        }
    }

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

    /**
     * "YYYY", "YYYY-MM" or "YYYY-MM-DD" (ASCII digits), optionally after "circa ", naming a day
     * that exists. Read by position rather than matched with a pattern: every date of every history
     * read is checked here, and the match was the larger part of sorting a history.
     */
    private static boolean isValidSingle(String value) {
        int year = value.startsWith(CIRCA) ? CIRCA.length() : 0;
        int length = value.length() - year;
        if (length != 4 && length != 7 && length != 10 || !digits(value, year, 4)
                || length > 4 && (value.charAt(year + 4) != '-' || !digits(value, year + 5, 2))
                || length > 7 && (value.charAt(year + 7) != '-' || !digits(value, year + 8, 2))) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(value, year, year + 4, 10),
                    length > 4 ? Integer.parseInt(value, year + 5, year + 7, 10) : 1,
                    length > 7 ? Integer.parseInt(value, year + 8, year + 10, 10) : 1);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean digits(String value, int at, int count) {
        for (int i = at; i < at + count; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    public boolean circa() {
        return value.startsWith(CIRCA);
    }

    public Precision precision() {
        if (isRange()) {
            return start().precision();
        }
        int digits = value.length() - yearAt();
        return digits > 7 ? Precision.DAY : digits > 4 ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day the date can mean: "1950-11" starts on 1950-11-01. Used for ordering only. */
    public LocalDate earliestDay() {
        if (isRange()) {
            return start().earliestDay();
        }
        int year = yearAt();
        int digits = value.length() - year;
        return LocalDate.of(number(year, 4), digits > 4 ? number(year + 5, 2) : 1, digits > 7 ? number(year + 8, 2) : 1);
    }

    /** The date's place in the chronological order, read once; a range's is its start's. */
    public SortKey sortKey() {
        if (isRange()) {
            return start().sortKey();
        }
        return new SortKey(earliestDay(), precision(), circa());
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
        return sortKey().compareTo(other.sortKey());
    }

    @Override
    public String toString() {
        return value;
    }

    /**
     * Where the year begins. A single date is valid once constructed, so its parts sit at fixed
     * places ("YYYY-MM-DD" after an optional "circa "): read there rather than matched again.
     */
    private int yearAt() {
        return circa() ? CIRCA.length() : 0;
    }

    private int number(int at, int digits) {
        return Integer.parseInt(value, at, at + digits, 10);
    }
}
