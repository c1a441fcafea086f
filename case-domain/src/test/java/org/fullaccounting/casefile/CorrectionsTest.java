package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.EntryFixtures.Correction;
import org.fullaccounting.casefile.api.EntryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.fullaccounting.casefile.CaseErrorCode.ENTRY_RETRACTED;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.UNKNOWN_ENTRY;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.CAPTIVITY_FACT_ID;
import static org.fullaccounting.casefile.EntryFixtures.CORRECTION_ID;
import static org.fullaccounting.casefile.EntryFixtures.capture;
import static org.fullaccounting.casefile.EntryFixtures.correctionOf;
import static org.fullaccounting.casefile.EntryFixtures.identification;
import static org.fullaccounting.casefile.EntryFixtures.recovery;
import static org.fullaccounting.casefile.EntryFixtures.retractionOf;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;
import static org.fullaccounting.casefile.api.CaseStatus.MISSING_PRESUMED_DEAD;

class CorrectionsTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void aLaterSourceCanCorrectAnEntry() {
        fixture.given(opened(), capture().event())
               .when(correctionOf(CAPTIVITY_FACT_ID).command())
               .expectEvents(correctionOf(CAPTIVITY_FACT_ID).event(EntryKind.CAPTIVITY_FACT));
    }

    @Test
    void canCorrectTheOpeningOfTheCase() {
        Correction lossDate = correctionOf(CASE_ID).with(c -> {
            c.field = "lossDate";
            c.value = "1950-11-03";
        });

        fixture.given(opened())
               .when(lossDate.command())
               .expectEvents(lossDate.event(EntryKind.CASE_OPENED));
    }

    @Test
    void anAccountedForCaseStillTakesCorrections() {
        fixture.given(opened(), capture().event(), recovery().event(), identification().event(MISSING_PRESUMED_DEAD))
               .when(correctionOf(CAPTIVITY_FACT_ID).command())
               .expectEvents(correctionOf(CAPTIVITY_FACT_ID).event(EntryKind.CAPTIVITY_FACT));
    }

    @Test
    void aCorrectionCanItselfBeRetracted() {
        fixture.given(opened(), capture().event(), correctionOf(CAPTIVITY_FACT_ID).event(EntryKind.CAPTIVITY_FACT))
               .when(retractionOf(CORRECTION_ID).command())
               .expectEvents(retractionOf(CORRECTION_ID).event(EntryKind.CORRECTION));
    }

    @Test
    void cannotCorrectAnUnknownEntry() {
        fixture.given(opened())
               .when(correctionOf(CAPTIVITY_FACT_ID).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(UNKNOWN_ENTRY, "entryId"))
               .expectNoEvents();
    }

    @Test
    void cannotCorrectARetractedEntry() {
        fixture.given(opened(), capture().event(), retractionOf(CAPTIVITY_FACT_ID).event(EntryKind.CAPTIVITY_FACT))
               .when(correctionOf(CAPTIVITY_FACT_ID).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(ENTRY_RETRACTED, "entryId"))
               .expectNoEvents();
    }

    @Test
    void cannotCorrectWithoutSayingWhichEntry() {
        expectMissing("entryId", correctionOf(null));
    }

    @Test
    void cannotCorrectWithoutNamingTheField() {
        expectMissing("field", correctionOf(CAPTIVITY_FACT_ID).with(c -> c.field = " "));
    }

    @Test
    void cannotCorrectWithoutGivingTheOtherValue() {
        expectMissing("value", correctionOf(CAPTIVITY_FACT_ID).with(c -> c.value = null));
    }

    @Test
    void cannotCorrectWithoutAReason() {
        expectMissing("reason", correctionOf(CAPTIVITY_FACT_ID).with(c -> c.reason = ""));
    }

    @Test
    void cannotCorrectWithoutASource() {
        expectMissing("source", correctionOf(CAPTIVITY_FACT_ID).with(c -> c.source = null));
    }

    private void expectMissing(String field, Correction correction) {
        fixture.given(opened(), capture().event())
               .when(correction.command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, field))
               .expectNoEvents();
    }
}
