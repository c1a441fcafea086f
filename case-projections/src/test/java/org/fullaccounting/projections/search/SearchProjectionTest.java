package org.fullaccounting.projections.search;

import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.Dumas;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.projections.testing.Dumas.*;

class SearchProjectionTest {

    private SearchProjection projection;
    private SearchQuery query;
    private CaseScript script;

    @BeforeEach
    void givenTheScriptedStoryApplied() {
        JdbcTemplate jdbc = ProjectionDatabase.migrated();
        projection = new SearchProjection(jdbc);
        query = new SearchQuery(jdbc);
        script = Dumas.script();
        script.deliverTo(projection);
    }

    @Test
    void dumasFindsDumazAndTheExactSpellingComesFirst() {
        assertThat(query.rankedCaseIds("Dumas", 10)).containsExactly(CASE, DUMAZ);
    }

    @Test
    void dumazFindsDumas() {
        assertThat(query.rankedCaseIds("dumaz", 10)).containsExactly(DUMAZ, CASE);
    }

    @Test
    void aSpellingNoSourceUsesStillFindsTheCaseBySound() {
        assertThat(query.rankedCaseIds("Dumass", 10)).contains(CASE, DUMAZ);
        assertThat(query.rankedCaseIds("Smyth", 10)).containsExactly(SMITH);
    }

    @Test
    void findsByFullNameInAnyOrderOfWords() {
        assertThat(query.find("Roger Dumas", 10)).first().satisfies(hit -> {
            assertThat(hit.caseId()).isEqualTo(CASE);
            assertThat(hit.name()).isEqualTo("Roger A. Dumas");
        });
    }

    @Test
    void findsByServiceNumberWhateverTheSpacingDashesOrCase() {
        assertThat(query.rankedCaseIds("ra11190352", 10)).containsExactly(DUMAZ);
        assertThat(query.rankedCaseIds("RA 11-190 352", 10)).containsExactly(DUMAZ);
        assertThat(query.find("us 55 000 111", 10)).singleElement()
                .satisfies(hit -> assertThat(hit.score()).isEqualTo(1.0));
    }

    @Test
    void aSpellingGivenByACorrectionFindsTheCaseUntilTheCorrectionIsRetracted() {
        assertThat(query.find("Doumas", 10)).first().satisfies(hit -> {
            assertThat(hit.caseId()).isEqualTo(CASE);
            assertThat(hit.matchedName()).isEqualTo("Roger A. Doumas");
        });

        script.record(new EntryRetractedEvent(CASE, id("retract-spelling"), SPELLING, EntryKind.CORRECTION,
                "The list meant another man.", null, null));
        script.deliverTo(projection);

        assertThat(query.find("Doumas", 10)).first().satisfies(hit ->
                assertThat(hit.matchedName()).isEqualTo("Roger A. Dumas"));
    }

    @Test
    void unrelatedNamesAreNotFound() {
        assertThat(query.rankedCaseIds("Smith", 10)).containsExactly(SMITH);
        assertThat(query.rankedCaseIds("Kowalski", 10)).isEmpty();
    }
}
