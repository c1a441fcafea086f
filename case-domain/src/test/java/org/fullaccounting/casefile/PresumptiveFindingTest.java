package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.NOT_IN_MISSING_STATUS;
import static org.fullaccounting.casefile.CaseErrorCode.NOT_RETRACTABLE;
import static org.fullaccounting.casefile.CaseErrorCode.PRESUMED_DEATH_AFTER_FINDING;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.opening;
import static org.fullaccounting.casefile.DeterminationFixtures.FINDING_ID;
import static org.fullaccounting.casefile.DeterminationFixtures.finding;
import static org.fullaccounting.casefile.EntryFixtures.reclassification;
import static org.fullaccounting.casefile.EntryFixtures.retractionOf;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

class PresumptiveFindingTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    private static Object missing() {
        return opening().with(o -> o.status = CaseStatus.MISSING_IN_ACTION).event();
    }

    @Test
    void canFindAServicemanMissingInActionPresumedDead() {
        fixture.given(missing())
               .when(finding().command())
               .expectEvents(finding().event(CaseStatus.MISSING_IN_ACTION))
               .expectState(caseFile -> assertThat(caseFile.state().status())
                       .isEqualTo(CaseStatus.MISSING_PRESUMED_DEAD));
    }

    @Test
    void canFindAPrisonerOfWarPresumedDead() {
        fixture.given(opening().with(o -> o.status = CaseStatus.PRISONER_OF_WAR).event())
               .when(finding().command())
               .expectEvents(finding().event(CaseStatus.PRISONER_OF_WAR));
    }

    @Test
    void thePresumedDeathMayComeBeforeTheFinding() {
        fixture.given(missing())
               .when(finding().with(f -> f.presumedDeathOn = "1951-11-05").command())
               .expectEvents(finding().with(f -> f.presumedDeathOn = "1951-11-05").event(CaseStatus.MISSING_IN_ACTION));
    }

    @Test
    void aPresumedYearThatContainsTheFindingIsNotAfterIt() {
        fixture.given(missing())
               .when(finding().with(f -> f.presumedDeathOn = "1954").command())
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotPresumeADeathAfterTheFinding() {
        fixture.given(missing())
               .when(finding().with(f -> f.presumedDeathOn = "1954-02-27").command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(PRESUMED_DEATH_AFTER_FINDING, "presumedDeathOn"))
               .expectNoEvents();
    }

    @Test
    void cannotMakeAFindingWithoutThePresumedDateOfDeath() {
        fixture.given(missing())
               .when(finding().with(f -> f.presumedDeathOn = null).command())
               .expectException(violation(FIELD_REQUIRED, "presumedDeathOn"))
               .expectNoEvents();
    }

    @Test
    void cannotMakeAFindingWithoutItsDateAuthorityOrSource() {
        fixture.given(missing())
               .when(finding().with(f -> f.foundOn = null).command())
               .expectException(violation(FIELD_REQUIRED, "foundOn"))
               .expectNoEvents();
        fixture.given(missing())
               .when(finding().with(f -> f.authority = " ").command())
               .expectException(violation(FIELD_REQUIRED, "authority"))
               .expectNoEvents();
        fixture.given(missing())
               .when(finding().with(f -> f.source = null).command())
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    @Test
    void cannotFindAServicemanPresumedDeadTwice() {
        fixture.given(missing(), finding().event(CaseStatus.MISSING_IN_ACTION))
               .when(finding().with(f -> f.entryId = CaseFixtures.entryId(40)).command())
               .expectException(violation(NOT_IN_MISSING_STATUS))
               .expectNoEvents();
    }

    @Test
    void cannotFindPresumedDeadAServicemanKilledInAction() {
        fixture.given(opening().with(o -> o.status = CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED).event())
               .when(finding().command())
               .expectException(violation(NOT_IN_MISSING_STATUS))
               .expectNoEvents();
    }

    @Test
    void aCourtCanReclassifyAServicemanFoundPresumedDead() {
        fixture.given(missing(), finding().event(CaseStatus.MISSING_IN_ACTION))
               .when(reclassification().command())
               .expectEvents(reclassification().event(CaseStatus.MISSING_PRESUMED_DEAD));
    }

    @Test
    void retractingTheLatestFindingRestoresTheStatusBeforeIt() {
        fixture.given(missing(), finding().event(CaseStatus.MISSING_IN_ACTION))
               .when(retractionOf(FINDING_ID).command())
               .expectEvents(retractionOf(FINDING_ID).event(EntryKind.PRESUMPTIVE_FINDING,
                       CaseStatus.MISSING_IN_ACTION, null))
               .expectState(caseFile -> assertThat(caseFile.state().status())
                       .isEqualTo(CaseStatus.MISSING_IN_ACTION));
    }

    @Test
    void cannotRetractAFindingALaterReclassificationStandsOn() {
        fixture.given(missing(), finding().event(CaseStatus.MISSING_IN_ACTION),
                      reclassification().event(CaseStatus.MISSING_PRESUMED_DEAD))
               .when(retractionOf(FINDING_ID).command())
               .expectException(violation(NOT_RETRACTABLE, "entryId"))
               .expectNoEvents();
    }
}
