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
                    "not a historical date: '" + value + "' (use YYYY, YYYY-MM or YYYY-MM-DD, optionally 'circa ')");
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
        Matcher m = FORMAT.matcher(value == null ? "" : value);
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
        Matcher m = matcher();
        return m.group(4) != null ? Precision.DAY : m.group(3) != null ? Precision.MONTH : Precision.YEAR;
    }

    /** The first day the date can mean: "1950-11" starts on 1950-11-01. Used for ordering only. */
    public LocalDate earliestDay() {
        Matcher m = matcher();
        return LocalDate.of(Integer.parseInt(m.group(2)),
                m.group(3) == null ? 1 : Integer.parseInt(m.group(3)),
                m.group(4) == null ? 1 : Integer.parseInt(m.group(4)));
    }

    /** The last day the date can mean: "1950-11" ends on 1950-11-30. */
    public LocalDate latestDay() {
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
        return !circa() && !other.circa() && latestDay().isBefore(other.earliestDay());
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
