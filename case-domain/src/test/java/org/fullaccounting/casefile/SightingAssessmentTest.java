package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.EntryFixtures.SightingAssessment;
import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.EntryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.fullaccounting.casefile.CaseErrorCode.ENTRY_RETRACTED;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.SAME_ASSESSMENT;
import static org.fullaccounting.casefile.CaseErrorCode.UNKNOWN_SIGHTING;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.NOTE_ID;
import static org.fullaccounting.casefile.EntryFixtures.SIGHTING_ID;
import static org.fullaccounting.casefile.EntryFixtures.assessment;
import static org.fullaccounting.casefile.EntryFixtures.note;
import static org.fullaccounting.casefile.EntryFixtures.retractionOf;
import static org.fullaccounting.casefile.EntryFixtures.sighting;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

class SightingAssessmentTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canAssessASighting() {
        fixture.given(opened(), sighting().event())
               .when(assessment().command())
               .expectEvents(assessment().event(null));
    }

    @Test
    void aLaterAssessmentSupersedesTheEarlierOneAndNamesIt() {
        SightingAssessment fabricated = assessment().with(a -> {
            a.entryId = entryId(20);
            a.assessment = Assessment.FABRICATED;
            a.reason = "the witness retracted his statement";
        });

        fixture.given(opened(), sighting().event(), assessment().event(null))
               .when(fabricated.command())
               .expectEvents(fabricated.event(Assessment.UNRESOLVED));
    }

    @Test
    void cannotAssessASightingTheWayItIsAlreadyAssessed() {
        fixture.given(opened(), sighting().event(), assessment().event(null))
               .when(assessment().with(a -> a.entryId = entryId(20)).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(SAME_ASSESSMENT, "assessment"))
               .expectNoEvents();
    }

    @Test
    void cannotAssessAnUnknownSighting() {
        fixture.given(opened())
               .when(assessment().command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(UNKNOWN_SIGHTING, "sightingId"))
               .expectNoEvents();
    }

    @Test
    void cannotAssessAnEntryThatIsNotASighting() {
        fixture.given(opened(), note().event())
               .when(assessment().with(a -> a.sightingId = NOTE_ID).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(UNKNOWN_SIGHTING, "sightingId"))
               .expectNoEvents();
    }

    @Test
    void cannotAssessARetractedSighting() {
        fixture.given(opened(), sighting().event(), retractionOf(SIGHTING_ID).event(EntryKind.SIGHTING))
               .when(assessment().command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(ENTRY_RETRACTED, "sightingId"))
               .expectNoEvents();
    }

    @Test
    void cannotAssessASightingWithoutAnAssessment() {
        expectMissing("assessment", assessment().with(a -> a.assessment = null));
    }

    @Test
    void cannotAssessASightingWithoutAReason() {
        expectMissing("reason", assessment().with(a -> a.reason = ""));
    }

    private void expectMissing(String field, SightingAssessment assessment) {
        fixture.given(opened(), sighting().event())
               .when(assessment.command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, field))
               .expectNoEvents();
    }
}
