package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.EntryKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChronologicalTest {

    private static final UUID CASE = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-01T10:00:00Z");

    /** Written dates tagged "date#n" so ties show whether the given order was kept. */
    private static List<String> sorted(String... tagged) {
        return Chronological.sorted(Arrays.asList(tagged), ChronologicalTest::date);
    }

    private static String date(String tagged) {
        String date = tagged.substring(0, tagged.indexOf('#'));
        return date.isEmpty() ? null : date;
    }

    @Test
    void mixedPrecisionsSortByTheirFirstDayThenCoarsestFirstThenExactBeforeCirca() {
        assertThat(sorted("1950-11-04#1", "circa 1950#2", "1951#3", "1950-11#4", "1950#5", "1950-01-01#6",
                "1950-01#7", "circa 1950-11-04#8"))
                .containsExactly("1950#5", "circa 1950#2", "1950-01#7", "1950-01-01#6", "1950-11#4", "1950-11-04#1",
                        "circa 1950-11-04#8", "1951#3");
    }

    @Test
    void equalDatesKeepTheGivenOrderAndUndatedComeLast() {
        assertThat(sorted("#1", "1979#2", "1953-08-05/1953-09-06#3", "1979#4", "#5", "1953-08-05#6", "1979#7"))
                .containsExactly("1953-08-05/1953-09-06#3", "1953-08-05#6", "1979#2", "1979#4", "1979#7", "#1", "#5");
    }

    @Test
    void aTimelinePutsEntriesOfOneDateInRecordingOrderWhateverOrderTheRowsComeIn() {
        List<HistoryRow> rows = new ArrayList<>(List.of(row(5, "1979"), row(2, null), row(4, "1979"), row(1, "1979"),
                row(3, "1950-11"), row(0, "1950")));

        List<CaseHistory.Entry> entries = Timeline.assemble(CASE, 6, null, rows).entries();

        assertThat(entries).extracting(CaseHistory.Entry::text)
                .containsExactly("row 0", "row 3", "row 1", "row 4", "row 5", "row 2");
    }

    private static HistoryRow row(long sequence, String happenedOn) {
        return new HistoryRow(UUID.randomUUID(), CASE, sequence, EntryKind.NOTE, happenedOn, "row " + sequence, null,
                false, null, null, null, null, AT, "cw", null);
    }
}
