package org.fullaccounting.projections.sources;

import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.sources.api.*;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's read model: corrected descriptions, fuzzy search, and what a family may see through its cases. */
class SourceRegisterProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-21T20:00:00Z");

    private final UUID acheson = UUID.randomUUID();
    private final UUID reinhardt = UUID.randomUUID();
    private final UUID restricted = UUID.randomUUID();
    private final UUID familyCase = UUID.randomUUID();
    private final UUID otherCase = UUID.randomUUID();

    private SourceRegisterProjection projection;
    private SourceQuery query;

    @BeforeEach
    void givenThreeSourcesTwoLinkedToTheFamilysCase() {
        JdbcTemplate jdbc = ProjectionDatabase.migrated();
        projection = new SourceRegisterProjection(jdbc);
        query = new SourceQuery(jdbc);
        projection.on(new SourceRegisteredEvent(acheson, description(DocumentKind.MEMORANDUM,
                "Memorandum by the Secretary of State to the President " + acheson, "1952-02-08", false)), 0, AT, "cw");
        projection.on(new SourceRegisteredEvent(reinhardt, description(DocumentKind.MEMORANDUM,
                "Memorandum for the Files (Reinhardt) " + reinhardt, "1950-10", false)), 0, AT, "cw");
        projection.on(new SourceRegisteredEvent(restricted, description(DocumentKind.REPORT,
                "Intelligence report on camps " + restricted, "1953-08-05/1953-09-06", true)), 0, AT, "cw");
        projection.on(new SourceLinkedToCasesEvent(acheson, UUID.randomUUID(), List.of(familyCase, otherCase), "all POWs"),
                1, AT);
        projection.on(new SourceLinkedToCasesEvent(restricted, UUID.randomUUID(), List.of(familyCase), "camp"), 1, AT);
        projection.on(new SourceLinkedToCasesEvent(reinhardt, UUID.randomUUID(), List.of(otherCase), "all POWs"), 1, AT);
    }

    private static SourceDescription description(DocumentKind kind, String title, String date, boolean restricted) {
        return new SourceDescription(kind, title, HistoricalDate.of(date), List.of("Dean Acheson"), List.of(),
                "FRUS 1952-1954, vol. XV", null, restricted);
    }

    @Test
    void findsASourceBySpellingTolerantSearchOfItsTitle() {
        List<UUID> found = query.search("memorandum secretery of state", 50, SourceQuery.Reader.staff()).stream()
                .map(SourceView::sourceId).toList();

        assertThat(found).contains(acheson).doesNotContain(restricted);
        assertThat(found.indexOf(acheson)).isLessThan(found.indexOf(reinhardt) < 0 ? Integer.MAX_VALUE
                : found.indexOf(reinhardt));
    }

    @Test
    void keepsARangeAsWritten() {
        assertThat(query.find(restricted, SourceQuery.Reader.staff()).orElseThrow().date())
                .isEqualTo("1953-08-05/1953-09-06");
    }

    @Test
    void aCorrectionReplacesTheDescriptionAndAnOlderOneIsIgnored() {
        SourceDescription corrected = description(DocumentKind.MEMORANDUM, "Acheson to Truman " + acheson,
                "1952-02-08", false);
        projection.on(new SourceCorrectedEvent(acheson, UUID.randomUUID(), corrected, "shorter"), 2);
        projection.on(new SourceCorrectedEvent(acheson, UUID.randomUUID(), description(DocumentKind.OTHER, "stale",
                "1952", false), "replayed out of order"), 1);

        SourceView view = query.find(acheson, SourceQuery.Reader.staff()).orElseThrow();
        assertThat(view.title()).isEqualTo("Acheson to Truman " + acheson);
        assertThat(view.version()).isEqualTo(3);
    }

    @Test
    void aFamilySeesOnlyUnrestrictedSourcesLinkedToItsCasesAndOnlyItsCasesOfThem() {
        SourceQuery.Reader family = SourceQuery.Reader.family(List.of(familyCase));

        assertThat(query.find(acheson, family)).isPresent();
        assertThat(query.find(restricted, family)).isEmpty();
        assertThat(query.find(reinhardt, family)).isEmpty();
        assertThat(query.search("", 1000, family)).extracting(SourceView::sourceId).containsExactly(acheson);
        assertThat(query.search("memorandum", 1000, family)).extracting(SourceView::sourceId).containsExactly(acheson);
        assertThat(query.linkedCases(acheson, family)).extracting(LinkedCase::caseId).containsExactly(familyCase);
        assertThat(query.linkedCases(acheson, SourceQuery.Reader.staff())).hasSize(2);
    }

    @Test
    void aFamilyWithoutCasesSeesNoSource() {
        assertThat(query.search("", 1000, SourceQuery.Reader.family(List.of()))).isEmpty();
        assertThat(query.find(acheson, SourceQuery.Reader.family(List.of()))).isEmpty();
    }
}
