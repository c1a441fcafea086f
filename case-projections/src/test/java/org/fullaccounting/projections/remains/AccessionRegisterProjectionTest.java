package org.fullaccounting.projections.remains;

import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.IdentificationMethod;
import org.fullaccounting.casefile.remains.api.*;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The accession register: candidates with their outcomes, counts, and a replay that changes nothing. */
class AccessionRegisterProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-21T20:00:00Z");

    private final UUID accession = UUID.randomUUID();
    private final UUID identified = UUID.randomUUID();
    private final UUID excluded = UUID.randomUUID();
    private final UUID open = UUID.randomUUID();

    private AccessionRegisterProjection projection;
    private AccessionQuery query;

    @BeforeEach
    void givenABoxWithThreeCandidatesOneIdentifiedOneExcluded() {
        var jdbc = ProjectionDatabase.migrated();
        projection = new AccessionRegisterProjection(jdbc);
        query = new AccessionQuery(jdbc);
        deliverAll();
    }

    private void deliverAll() {
        projection.on(new AccessionReceivedEvent(accession, new AccessionDescription("K208 Box 12 " + accession,
                HistoricalDate.of("1993-11"), "K208", "Box 12")), 0, AT, "cw");
        projection.on(new CandidateAddedEvent(accession, identified, "same unit"), 1, AT);
        projection.on(new CandidateAddedEvent(accession, excluded, "same unit"), 2, AT);
        projection.on(new CandidateAddedEvent(accession, open, "same unit"), 3, AT);
        projection.on(new CandidateExcludedEvent(accession, excluded, "dental chart differs"), 4);
        projection.on(new CandidateIdentifiedEvent(accession, identified, IdentificationMethod.MTDNA,
                HistoricalDate.of("2004-06"), "mtDNA 04-117"), 5);
    }

    @Test
    void anAccessionReadsBackWithItsCountsAndVersion() {
        AccessionView view = query.find(accession).orElseThrow();

        assertThat(view.receivedOn()).isEqualTo("1993-11");
        assertThat(view.lot()).isEqualTo("Box 12");
        assertThat(view.candidates()).isEqualTo(3);
        assertThat(view.identified()).isEqualTo(1);
        assertThat(view.version()).isEqualTo(6);
        assertThat(query.list(1000)).extracting(AccessionView::accessionId).contains(accession);
    }

    @Test
    void eachCandidateShowsWhatBecameOfIt() {
        var byCase = query.candidates(accession).stream()
                .collect(java.util.stream.Collectors.toMap(CandidateView::caseId, c -> c));

        assertThat(byCase.get(open).outcome()).isEqualTo("CANDIDATE");
        assertThat(byCase.get(excluded).outcome()).isEqualTo("EXCLUDED");
        assertThat(byCase.get(excluded).excludedBecause()).isEqualTo("dental chart differs");
        assertThat(byCase.get(identified).outcome()).isEqualTo("IDENTIFIED");
        assertThat(byCase.get(identified).method()).isEqualTo("MTDNA");
        assertThat(byCase.get(identified).sample()).isEqualTo("mtDNA 04-117");
    }

    @Test
    void replayingTheStreamChangesNothing() {
        var before = query.candidates(accession);

        deliverAll();

        assertThat(query.candidates(accession)).isEqualTo(before);
        assertThat(query.find(accession).orElseThrow().version()).isEqualTo(6);
    }
}
