package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.Dumas;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.projections.testing.Dumas.*;

class HistoryProjectionTest {

    private JdbcTemplate jdbc;
    private HistoryProjection projection;
    private HistoryQuery query;
    private CaseScript script;

    @BeforeEach
    void givenTheScriptedStoryApplied() {
        jdbc = ProjectionDatabase.migrated();
        projection = new HistoryProjection(jdbc);
        query = new HistoryQuery(jdbc);
        script = Dumas.script();
        script.deliverTo(projection);
    }

    @Test
    void entriesAreOrderedByWhenTheyHappenedThenByWhenTheyWereRecorded() {
        List<UUID> order = history(CASE).entries().stream().map(CaseHistory.Entry::entryId)
                .collect(Collectors.toList());

        assertThat(order).containsExactly(
                CASE, CAPTURE,                          // 1950-11-04, opened before the capture was recorded
                MISTAKEN_KIA,                           // 1951 (retracted, still shown)
                BIG_SWITCH_SIGHTING,                    // 1953
                PRESUMED_DEAD,                          // 1954: a year sorts before a day in it
                LETTER_1954,                            // 1954-01-26
                FARM_SIGHTING, DUPLICATE_SIGHTING,      // 1979, in recording order
                COURT_ORDER,                            // 1983
                PHONE_1985,                             // 1985
                NOTE, CAMP, id("assess-1953"), id("lsa"), id("assess-1979-a"), id("assess-1979-b")); // undated
    }

    @Test
    void partialDatesAreKeptExactlyAsTheSourcesGiveThem() {
        assertThat(entry(PRESUMED_DEAD).happenedOn()).isEqualTo("1954");
        assertThat(entry(LETTER_1954).happenedOn()).isEqualTo("1954-01-26");
        assertThat(entry(CAMP).happenedOn()).isNull();
    }

    @Test
    void everyEntrySaysInPlainWordsWhatHappenedWhenItWasRecordedByWhomAndItsSource() {
        CaseHistory.Entry courtOrder = entry(COURT_ORDER);

        assertThat(courtOrder.text()).isEqualTo("Status changed from missing, presumed dead to prisoner of war, "
                + "effective 1983, by U.S. federal court order. Reclassified after his brother brought the case.");
        assertThat(courtOrder.source()).isEqualTo("petition");
        assertThat(courtOrder.recordedBy()).isEqualTo("caseworker");
        assertThat(courtOrder.recordedAt()).isEqualTo(START.plus(Duration.ofMinutes(9)));
        assertThat(entry(CASE).text()).startsWith("Case opened for Corporal Roger A. Dumas (army, service number "
                + "SAMPLE-0001, 19th Infantry Regiment). Lost 1950-11-04 near the Yalu River.");
        assertThat(entry(CAMP).text()).isEqualTo("Held in POW Camp 5, Pyoktong.");
    }

    @Test
    void aRetractedEntryStaysInTheHistoryMarkedWithTheReason() {
        CaseHistory.Entry mistake = entry(MISTAKEN_KIA);

        assertThat(mistake.retracted()).isNotNull();
        assertThat(mistake.retracted().reason()).isEqualTo("Entered on the wrong case.");
        assertThat(mistake.retracted().entryId()).isEqualTo(MISTAKE_RETRACTION);
        assertThat(mistake.retracted().recordedAt()).isEqualTo(START.plus(Duration.ofMinutes(19)));
        assertThat(entry(COURT_ORDER).retracted()).isNull();
        assertThat(history(CASE).entries()).noneMatch(e -> e.kind() == EntryKind.RETRACTION);
    }

    @Test
    void bothDatesOfTheCourtOrderAreShownEachWithItsSource() {
        CaseHistory.Entry courtOrder = entry(COURT_ORDER);

        assertThat(courtOrder.happenedOn()).isEqualTo("1983");
        assertThat(courtOrder.source()).isEqualTo("petition");
        assertThat(courtOrder.corrections()).singleElement().satisfies(c -> {
            assertThat(c.entryId()).isEqualTo(COURT_ORDER_DATE);
            assertThat(c.field()).isEqualTo("effectiveOn");
            assertThat(c.value()).isEqualTo("1984");
            assertThat(c.source()).isEqualTo("Hartford Courant, 12 Nov 1992");
            assertThat(c.reason()).isEqualTo("The order is dated 1983 by one source and 1984 by another.");
        });
        assertThat(entry(CAPTURE).corrections()).extracting(CaseHistory.Correction::value).containsExactly("near Anju");
        assertThat(entry(CAPTURE).text()).contains("near the Yalu River");
    }

    @Test
    void theVersionCountsTheCaseEventsApplied() throws InterruptedException {
        assertThat(history(CASE).version()).isEqualTo(21);
        assertThat(query.version(SMITH)).isEqualTo(4);
        assertThat(query.version(UUID.randomUUID())).isZero();
        assertThat(query.awaitVersion(CASE, 22, Duration.ofMillis(100))).isEqualTo(21);
    }

    @Test
    void applyingEveryEventTwiceLeavesTheSameHistory() {
        CaseHistory once = history(CASE);

        script.deliverTo(projection);

        assertThat(history(CASE)).isEqualTo(once);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM history_entry", Long.class))
                .isEqualTo(script.messages().size());
    }

    @Test
    void theStoredHistoryIsTheFoldOfTheSameEvents() {
        assertThat(Timeline.fold(CASE, null, script.recorded(CASE))).isEqualTo(history(CASE));
        assertThat(Timeline.fold(SMITH, null, script.recorded(SMITH))).isEqualTo(history(SMITH));
    }

    @Test
    void resettingClearsTheHistoryForAReplay() {
        CaseScript.reset(projection);

        assertThat(query.applied(CASE).history()).isEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM history_entry", Long.class)).isZero();
    }

    private CaseHistory history(UUID caseId) {
        return query.applied(caseId).history().orElseThrow();
    }

    private CaseHistory.Entry entry(UUID entryId) {
        return history(CASE).entries().stream().filter(e -> e.entryId().equals(entryId)).findFirst().orElseThrow();
    }
}
