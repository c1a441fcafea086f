package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CaseFixtures.*;
import static org.fullaccounting.casefile.EntryFixtures.retractionOf;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/**
 * A finding made for many cases, as one case receives it: a note-like entry, or a change of status
 * held to the reclassification rules (not to the status the case already has; retracted only while
 * it is the latest change, restoring the status it replaced).
 */
class BlanketFindingTest {

    static final UUID FINDING = UUID.fromString("f1d10000-0000-4000-8000-000000000001");
    static final UUID APPLIED = entryId(40);

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    static Finding finding(CaseStatus to) {
        return new Finding(FINDING, "Findings of death under the Missing Persons Act", "Department of the Army",
                date("1954"), "Army finding of 1954", null, to);
    }

    static CaseOpenedEvent missing() {
        return opening().with(o -> o.status = CaseStatus.MISSING_IN_ACTION).event();
    }

    @Test
    void aNoteLikeFindingIsRecordedWithoutChangingTheStatus() {
        fixture.given(missing())
               .when(new ApplyFindingCommand(CASE_ID, APPLIED, finding(null), null))
               .expectEvents(new FindingAppliedEvent(CASE_ID, APPLIED, finding(null), null))
               .expectState(caseFile -> assertThat(caseFile.state().status()).isEqualTo(CaseStatus.MISSING_IN_ACTION));
    }

    @Test
    void aFindingOfDeathChangesTheStatusAsAReclassificationWould() {
        fixture.given(missing())
               .when(new ApplyFindingCommand(CASE_ID, APPLIED, finding(CaseStatus.MISSING_PRESUMED_DEAD), null))
               .expectEvents(new FindingAppliedEvent(CASE_ID, APPLIED, finding(CaseStatus.MISSING_PRESUMED_DEAD),
                       CaseStatus.MISSING_IN_ACTION))
               .expectState(caseFile -> assertThat(caseFile.state().status())
                       .isEqualTo(CaseStatus.MISSING_PRESUMED_DEAD));
    }

    @Test
    void cannotApplyAFindingOfTheStatusTheCaseAlreadyHas() {
        fixture.given(opened())
               .when(new ApplyFindingCommand(CASE_ID, APPLIED, finding(CaseStatus.MISSING_PRESUMED_DEAD), null))
               .expectException(violation(SAME_STATUS, "to"))
               .expectNoEvents();
    }

    @Test
    void cannotApplyAFindingWithoutATitle() {
        Finding untitled = new Finding(FINDING, " ", "Army", null, "source", null, null);
        fixture.given(opened())
               .when(new ApplyFindingCommand(CASE_ID, APPLIED, untitled, null))
               .expectException(violation(FIELD_REQUIRED, "title"))
               .expectNoEvents();
    }

    @Test
    void cannotApplyAFindingWithoutSayingWhoMadeIt() {
        Finding anonymous = new Finding(FINDING, "Findings", null, null, "source", null, null);
        fixture.given(opened())
               .when(new ApplyFindingCommand(CASE_ID, APPLIED, anonymous, null))
               .expectException(violation(FIELD_REQUIRED, "by"))
               .expectNoEvents();
    }

    @Test
    void cannotApplyAFindingWithoutASource() {
        Finding unsourced = new Finding(FINDING, "Findings", "Army", null, null, null, null);
        fixture.given(opened())
               .when(new ApplyFindingCommand(CASE_ID, APPLIED, unsourced, null))
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    @Test
    void retractingTheLatestFindingOfDeathRestoresTheEarlierStatus() {
        fixture.given(missing(), new FindingAppliedEvent(CASE_ID, APPLIED, finding(CaseStatus.MISSING_PRESUMED_DEAD),
                       CaseStatus.MISSING_IN_ACTION))
               .when(retractionOf(APPLIED).command())
               .expectEvents(retractionOf(APPLIED).event(EntryKind.FINDING, CaseStatus.MISSING_IN_ACTION, null))
               .expectState(caseFile -> assertThat(caseFile.state().status()).isEqualTo(CaseStatus.MISSING_IN_ACTION));
    }

    @Test
    void aFindingOfDeathFollowedByALaterReclassificationCannotBeRetractedFirst() {
        fixture.given(missing(), new FindingAppliedEvent(CASE_ID, APPLIED, finding(CaseStatus.MISSING_PRESUMED_DEAD),
                       CaseStatus.MISSING_IN_ACTION),
                       new StatusReclassifiedEvent(CASE_ID, entryId(41), CaseStatus.MISSING_PRESUMED_DEAD,
                               CaseStatus.PRISONER_OF_WAR, date("1983"), "court", "order", "petition"))
               .when(retractionOf(APPLIED).command())
               .expectException(violation(NOT_RETRACTABLE, "entryId"))
               .expectNoEvents();
    }

    @Test
    void aNoteLikeFindingCanBeRetracted() {
        fixture.given(opened(), new FindingAppliedEvent(CASE_ID, APPLIED, finding(null), null))
               .when(retractionOf(APPLIED).command())
               .expectEvents(retractionOf(APPLIED).event(EntryKind.FINDING));
    }
}
