package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.NOT_RETRACTABLE;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/**
 * What a remains accession records on a case: its candidacy, its exclusion, its identification (which
 * accounts for the case without a recovery recorded on the case: the accession is the recovery). The
 * accession keeps these, so the case cannot retract them.
 */
class AccessionEntriesTest {

    static final AccessionRef BOX_12 = new AccessionRef(UUID.fromString("a0000000-0000-4000-8000-000000000001"),
            "K208 Box 12");
    static final HistoricalDate RECEIVED = HistoricalDate.of("1993-11");
    static final UUID CANDIDACY = entryId(71);
    static final UUID IDENTIFICATION = entryId(72);

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    private static AccessionCandidacyRecordedEvent candidacy() {
        return new AccessionCandidacyRecordedEvent(CASE_ID, CANDIDACY, BOX_12, RECEIVED, "same unit");
    }

    private static RemainsIdentifiedEvent identified() {
        return new RemainsIdentifiedEvent(CASE_ID, IDENTIFICATION, HistoricalDate.of("2004-06"),
                IdentificationMethod.MTDNA, CaseStatus.MISSING_PRESUMED_DEAD, "mtDNA 04-117", BOX_12);
    }

    @Test
    void canRecordThatTheCaseIsACandidateOfAnAccession() {
        fixture.given(opened())
               .when(new RecordAccessionCandidacyCommand(CASE_ID, CANDIDACY, BOX_12, RECEIVED, "same unit", null))
               .expectEvents(candidacy());
    }

    @Test
    void canRecordThatTheCaseWasExcludedFromAnAccession() {
        fixture.given(opened(), candidacy())
               .when(new RecordAccessionExclusionCommand(CASE_ID, entryId(73), BOX_12, "dental chart differs", null))
               .expectEvents(new AccessionExclusionRecordedEvent(CASE_ID, entryId(73), BOX_12, "dental chart differs"));
    }

    @Test
    void cannotRecordACandidacyWithoutItsAccession() {
        fixture.given(opened())
               .when(new RecordAccessionCandidacyCommand(CASE_ID, CANDIDACY, null, RECEIVED, "same unit", null))
               .expectException(violation(FIELD_REQUIRED, "accessionId"))
               .expectNoEvents();
    }

    @Test
    void anIdentificationInAnAccessionAccountsForTheCaseWithoutARecoveryOnTheCase() {
        fixture.given(opened(), candidacy())
               .when(new RecordRemainsIdentifiedCommand(CASE_ID, IDENTIFICATION, HistoricalDate.of("2004-06"),
                       IdentificationMethod.MTDNA, "mtDNA 04-117", BOX_12, null))
               .expectEvents(identified())
               .expectState(caseFile -> org.assertj.core.api.Assertions.assertThat(caseFile.state().status())
                       .isEqualTo(CaseStatus.ACCOUNTED_FOR));
    }

    @Test
    void cannotRetractACandidacyOnTheCase() {
        fixture.given(opened(), candidacy())
               .when(new RetractEntryCommand(CASE_ID, entryId(74), CANDIDACY, "wrong box", null))
               .expectException(violation(NOT_RETRACTABLE, "entryId"))
               .expectNoEvents();
    }

    @Test
    void cannotRetractAnIdentificationMadeInAnAccessionOnTheCase() {
        fixture.given(opened(), candidacy(), identified())
               .when(new RetractEntryCommand(CASE_ID, entryId(74), IDENTIFICATION, "wrong box", null))
               .expectException(violation(NOT_RETRACTABLE, "entryId"))
               .expectNoEvents();
    }
}
