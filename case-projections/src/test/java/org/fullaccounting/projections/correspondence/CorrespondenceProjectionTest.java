package org.fullaccounting.projections.correspondence;

import org.fullaccounting.casefile.api.CorrespondenceKind;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.Dumas;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.projections.testing.Dumas.*;

class CorrespondenceProjectionTest {

    private JdbcTemplate jdbc;
    private CorrespondenceProjection projection;
    private CorrespondenceQuery query;

    @BeforeEach
    void givenTheScriptedStoryApplied() {
        jdbc = ProjectionDatabase.migrated();
        projection = new CorrespondenceProjection(jdbc);
        query = new CorrespondenceQuery(jdbc);
        CaseScript script = Dumas.script();
        script.record(new EntryRetractedEvent(CASE, id("retract-phone"), PHONE_1985, EntryKind.CORRESPONDENCE,
                "Logged on the wrong case.", null, null));
        script.deliverTo(projection);
    }

    @Test
    void listsAllCorrespondenceAcrossCasesInDocumentDateOrder() {
        assertThat(found(null, null, null, null, null)).containsExactly(LETTER_1954, PHONE_1985, id("smith-letter"));
    }

    @Test
    void findsByEitherPartyByAnyPartOfTheName() {
        assertThat(found("lee sang", null, null, null, null)).containsExactly(LETTER_1954);
        assertThat(found("dumas", null, null, null, null)).containsExactly(PHONE_1985);
        assertThat(found("family", null, null, null, null)).containsExactly(id("smith-letter"));
    }

    @Test
    void findsByKind() {
        assertThat(found(null, CorrespondenceKind.PHONE_CALL, null, null, null)).containsExactly(PHONE_1985);
    }

    @Test
    void findsByDateRangeWherePartialDatesCanFall() {
        assertThat(found(null, null, "1954", "1954", null)).containsExactly(LETTER_1954);
        assertThat(found(null, null, "1985-06", "1990", null)).containsExactly(PHONE_1985);   // dated only "1985"
        assertThat(found(null, null, "1954-02", "1984", null)).isEmpty();
        assertThat(found(null, null, "1990", null, null)).containsExactly(id("smith-letter"));
    }

    @Test
    void findsBySubjectWordsWithStemming() {
        assertThat(found(null, null, null, null, "prisoner repatriation")).containsExactly(LETTER_1954);
        assertThat(found(null, null, null, null, "identified remains")).containsExactly(id("smith-letter"));
        assertThat(found(null, null, null, null, "prisoner smith")).isEmpty();
    }

    @Test
    void retractedItemsStayListedAndFlagged() {
        CorrespondenceView phone = query.search(search(null, null, null, null, null)).items().stream()
                .filter(c -> c.entryId().equals(PHONE_1985)).findFirst().orElseThrow();

        assertThat(phone.retracted()).isTrue();
        assertThat(phone.retractionReason()).isEqualTo("Logged on the wrong case.");
        assertThat(phone.date()).isEqualTo("1985");
        assertThat(phone.name()).isEqualTo("Roger A. Dumas");
    }

    private List<UUID> found(String party, CorrespondenceKind kind, String from, String to, String words) {
        return query.search(search(party, kind, from, to, words)).items().stream()
                .map(CorrespondenceView::entryId).toList();
    }

    private static CorrespondenceSearch search(String party, CorrespondenceKind kind, String from, String to,
                                               String words) {
        return new CorrespondenceSearch(party, kind, HistoricalDate.ofNullable(from), HistoricalDate.ofNullable(to),
                words, null, 0, 50);
    }
}
