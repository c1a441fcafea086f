package org.fullaccounting.projections.validity;

import org.fullaccounting.casefile.api.EntryKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class WorldDatesTest {

    private static final Instant RECORDED = Instant.parse("2026-03-01T23:30:00Z");

    private static LocalDate from(String happenedOn) {
        return WorldDates.from(EntryKind.RECLASSIFICATION, happenedOn, RECORDED);
    }

    @Test
    void aDayHoldsFromThatDay() {
        assertThat(from("1954-02-26")).isEqualTo(LocalDate.of(1954, 2, 26));
    }

    @Test
    void aYearHoldsFromItsFirstDay() {
        assertThat(from("1983")).isEqualTo(LocalDate.of(1983, 1, 1));
    }

    @Test
    void aMonthHoldsFromItsFirstDay() {
        assertThat(from("1950-11")).isEqualTo(LocalDate.of(1950, 11, 1));
    }

    @Test
    void aRangeHoldsFromItsStart() {
        assertThat(from("1953-08-05/1953-09-06")).isEqualTo(LocalDate.of(1953, 8, 5));
        assertThat(from("1950-11/1951")).isEqualTo(LocalDate.of(1950, 11, 1));
    }

    @Test
    void aCircaDateHoldsFromTheEarliestDayItNames() {
        assertThat(from("circa 1950")).isEqualTo(LocalDate.of(1950, 1, 1));
    }

    @Test
    void anUndatedEntryHoldsFromTheDayItWasRecordedInUtc() {
        assertThat(from(null)).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void anOpeningWithoutALossDateHoldsAlways() {
        assertThat(WorldDates.from(EntryKind.CASE_OPENED, null, RECORDED)).isEqualTo(LocalDate.MIN);
    }

    @Test
    void anEntryHoldsOnItsOwnFirstDayButNotTheDayBefore() {
        assertThat(WorldDates.holdsOn(LocalDate.of(1983, 1, 1), EntryKind.RECLASSIFICATION, "1983", RECORDED)).isTrue();
        assertThat(WorldDates.holdsOn(LocalDate.of(1982, 12, 31), EntryKind.RECLASSIFICATION, "1983", RECORDED))
                .isFalse();
    }
}
