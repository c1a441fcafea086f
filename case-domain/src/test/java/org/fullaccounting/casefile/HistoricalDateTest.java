package org.fullaccounting.casefile;

import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.HistoricalDate.Precision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class HistoricalDateTest {

    @ParameterizedTest(name = "\"{0}\" is a {1} date")
    @CsvSource({
            "1950,             YEAR",
            "1950-11,          MONTH",
            "1950-11-04,       DAY",
            "circa 1950,       YEAR",
            "circa 1950-11,    MONTH",
            "1952-02-29,       DAY"})
    void acceptsAYearAMonthOrADayOptionallyMarkedCirca(String value, Precision precision) {
        HistoricalDate date = HistoricalDate.of(value);

        assertThat(date.precision()).isEqualTo(precision);
        assertThat(HistoricalDate.isValid(value)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is kept as given")
    @ValueSource(strings = {"1950", "1950-11", "1950-11-04", "circa 1950"})
    void keepsTheValueExactlyAsGiven(String value) {
        assertThat(HistoricalDate.of(value)).hasToString(value);
        assertThat(HistoricalDate.of(value).value()).isEqualTo(value);
    }

    @Test
    void knowsWhetherItIsApproximate() {
        assertThat(HistoricalDate.of("circa 1950").circa()).isTrue();
        assertThat(HistoricalDate.of("1950").circa()).isFalse();
    }

    @ParameterizedTest(name = "rejects \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"1950-13", "1950-02-30", "1950-02-29", "Nov 1950", "1950-1-4", "50", " 1950",
            "Circa 1950", "circa", "1950-11-04T10:00", "1950/11/04",
            "1950-", "1950-11-", "1950-1a", "circa  1950", "circa1950", "19500", "1950-11-4", "\u0661\u0669\u0665\u0660"})
    void rejectsAnythingElse(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.of(value))
                                            .withMessageContaining("not a historical date");
        assertThat(HistoricalDate.isValid(value)).isFalse();
    }

    /** The shapes the pattern this check replaced accepted, and no others: compared on many random strings. */
    @Test
    void acceptsExactlyWhatTheDatePatternAndTheCalendarAccept() {
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile("(circa )?(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
        java.util.Random random = new java.util.Random(1950);
        String[] pieces = {"circa ", "circa", " ", "-", "/", "0", "1", "2", "3", "9", "19", "50", "02", "29", "30", "31",
                "13", "00", "1950", "2000", "1900", "\u0661", "x", "T", "-11", "-02", "-29", "-30", "-31", "-13", "-00"};
        for (int i = 0; i < 200_000; i++) {
            StringBuilder value = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String single = value.toString().replace("/", "");
            assertThat(HistoricalDate.isValid(single)).as(single).isEqualTo(matchesADay(pattern, single));
        }
    }

    private static boolean matchesADay(java.util.regex.Pattern pattern, String value) {
        java.util.regex.Matcher m = pattern.matcher(value);
        if (!m.matches()) {
            return false;
        }
        try {
            LocalDate.of(Integer.parseInt(m.group(2)), m.group(3) == null ? 1 : Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 1 : Integer.parseInt(m.group(4)));
            return true;
        } catch (java.time.DateTimeException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "\"{0}\" is absent")
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void anOptionalDateLeftBlankIsAbsent(String value) {
        assertThat(HistoricalDate.ofNullable(value)).isNull();
    }

    @Test
    void anOptionalDateIsTrimmed() {
        assertThat(HistoricalDate.ofNullable(" 1950-11 ")).isEqualTo(HistoricalDate.of("1950-11"));
    }

    @ParameterizedTest(name = "\"{0}\" runs from {1} to {2}")
    @CsvSource({
            "1950,       1950-01-01, 1950-12-31",
            "1950-11,    1950-11-01, 1950-11-30",
            "1952-02,    1952-02-01, 1952-02-29",
            "1950-11-04, 1950-11-04, 1950-11-04",
            "circa 1950, 1950-01-01, 1950-12-31"})
    void spansEveryDayItCanMean(String value, LocalDate earliest, LocalDate latest) {
        HistoricalDate date = HistoricalDate.of(value);

        assertThat(date.earliestDay()).isEqualTo(earliest);
        assertThat(date.latestDay()).isEqualTo(latest);
    }

    @Test
    void sortsByTheFirstDayItCanMeanThenCoarsestFirst() {
        List<HistoricalDate> dates = dates("1950-11-04", "1951", "1950-11", "1950", "1950-01-01", "1950-01");

        Collections.sort(dates);

        assertThat(dates).containsExactlyElementsOf(
                dates("1950", "1950-01", "1950-01-01", "1950-11", "1950-11-04", "1951"));
    }

    @Test
    void aYearSortsBeforeADayInThatYear() {
        assertThat(HistoricalDate.of("1950")).isLessThan(HistoricalDate.of("1950-11-04"));
        assertThat(HistoricalDate.of("1950-11-04")).isGreaterThan(HistoricalDate.of("1950"));
    }

    /** Ordering agrees with equals: a sorted set keeps both "circa 1950" and "1950", the exact one first. */
    @Test
    void aCircaDateSortsRightAfterTheSameExactDate() {
        assertThat(HistoricalDate.of("circa 1950")).isGreaterThan(HistoricalDate.of("1950"));
        assertThat(HistoricalDate.of("circa 1950")).isLessThan(HistoricalDate.of("1950-01"));
        assertThat(new java.util.TreeSet<>(List.of(HistoricalDate.of("circa 1950"), HistoricalDate.of("1950"))))
                .hasSize(2);
    }

    @ParameterizedTest(name = "\"{0}\" is certainly before \"{1}\": {2}")
    @CsvSource({
            "1979,       1982,       true",
            "1982,       1982-05,    false",
            "1982-05,    1982,       false",
            "1982-04,    1982-05-01, true",
            "1982-05-01, 1982-05-01, false",
            "1982-05-01, 1982-05-02, true",
            "1950-11-30, 1950-12,    true",
            "1982,       1979,       false",
            "circa 1979, 1982,       false",
            "1979,       circa 1982, false"})
    void isCertainlyBeforeOnlyWhenItEndsBeforeTheOtherBegins(String date, String other, boolean certainlyBefore) {
        assertThat(HistoricalDate.of(date).certainlyBefore(HistoricalDate.of(other))).isEqualTo(certainlyBefore);
    }

    @Test
    void theSortKeyOrdersEveryPairAsTheDatesThemselvesDo() {
        List<HistoricalDate> dates = dates("1950", "circa 1950", "1950-01", "circa 1950-01", "1950-01-01",
                "1950-01-01/1950-02", "circa 1950/1951", "1950-11", "1950-11-04", "circa 1950-11-04", "1951");

        for (HistoricalDate a : dates) {
            for (HistoricalDate b : dates) {
                assertThat(Integer.signum(a.sortKey().compareTo(b.sortKey())))
                        .as("%s against %s", a, b).isEqualTo(Integer.signum(a.compareTo(b)));
            }
        }
    }

    @ParameterizedTest(name = "\"{0}\" sorts as {1}, {2}, circa {3}")
    @CsvSource({
            "1950,                  1950-01-01, YEAR,  false",
            "1950-11,               1950-11-01, MONTH, false",
            "1950-11-04,            1950-11-04, DAY,   false",
            "circa 1950,            1950-01-01, YEAR,  true",
            "circa 1950-11,         1950-11-01, MONTH, true",
            "circa 1950-11-04,      1950-11-04, DAY,   true",
            "1953-08-05/1953-09-06, 1953-08-05, DAY,   false",
            "circa 1953-08/1954,    1953-08-01, MONTH, true"})
    void sortsByTheFirstDayThePrecisionAndCircaOfItsStart(String value, LocalDate earliest, Precision precision,
                                                           boolean circa) {
        HistoricalDate date = HistoricalDate.of(value);

        assertThat(date.sortKey()).isEqualTo(new HistoricalDate.SortKey(earliest, precision, circa));
        assertThat(date.earliestDay()).isEqualTo(earliest);
        assertThat(date.precision()).isEqualTo(precision);
    }

    private static List<HistoricalDate> dates(String... values) {
        List<HistoricalDate> dates = new ArrayList<>();
        for (String value : values) {
            dates.add(HistoricalDate.of(value));
        }
        return dates;
    }

    @Test
    void aRangeIsKeptAsWrittenAndRunsFromItsStartsFirstDayToItsEndsLastDay() {
        HistoricalDate bigSwitch = HistoricalDate.of("1953-08-05/1953-09-06");

        assertThat(bigSwitch).hasToString("1953-08-05/1953-09-06");
        assertThat(bigSwitch.isRange()).isTrue();
        assertThat(bigSwitch.earliestDay()).isEqualTo(LocalDate.of(1953, 8, 5));
        assertThat(bigSwitch.latestDay()).isEqualTo(LocalDate.of(1953, 9, 6));
        assertThat(bigSwitch.precision()).isEqualTo(Precision.DAY);
        assertThat(HistoricalDate.of("1950-11/1951").latestDay()).isEqualTo(LocalDate.of(1951, 12, 31));
    }

    @Test
    void aRangeSortsByItsEarliestDay() {
        List<HistoricalDate> dates = new ArrayList<>(List.of(HistoricalDate.of("1953-09"),
                HistoricalDate.of("1953-08-05/1953-09-06"), HistoricalDate.of("1953-07")));
        Collections.sort(dates);

        assertThat(dates).extracting(HistoricalDate::value)
                .containsExactly("1953-07", "1953-08-05/1953-09-06", "1953-09");
    }

    @Test
    void aRangeIsCertainlyBeforeOnlyWhenItsEndIs() {
        assertThat(HistoricalDate.of("1953-08-05/1953-09-06").certainlyBefore(HistoricalDate.of("1953-10"))).isTrue();
        assertThat(HistoricalDate.of("1953-08-05/1953-09-06").certainlyBefore(HistoricalDate.of("1953-09"))).isFalse();
        assertThat(HistoricalDate.of("1953/circa 1954").certainlyBefore(HistoricalDate.of("1990"))).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\" is not a range")
    @ValueSource(strings = {"1953-09-06/1953-08-05", "1953/", "/1953", "1953//1954", "1953/1954/1955",
            "1953-02-30/1954", "1953 / 1954"})
    void refusesARangeThatEndsBeforeItStartsOrIsMalformed(String value) {
        assertThat(HistoricalDate.isValid(value)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> HistoricalDate.of(value));
    }
}
