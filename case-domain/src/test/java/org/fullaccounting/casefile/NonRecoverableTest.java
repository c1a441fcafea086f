package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.api.CaseStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.CaseErrorCode.ALREADY_ACCOUNTED_FOR;
import static org.fullaccounting.casefile.CaseErrorCode.ALREADY_NON_RECOVERABLE;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.NOT_NON_RECOVERABLE;
import static org.fullaccounting.casefile.CaseErrorCode.NOT_RETRACTABLE;
import static org.fullaccounting.casefile.CaseErrorCode.REOPENED_BEFORE_DESIGNATION;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.DeterminationFixtures.NON_RECOVERABLE_ID;
import static org.fullaccounting.casefile.DeterminationFixtures.REOPENING_ID;
import static org.fullaccounting.casefile.DeterminationFixtures.nonRecoverable;
import static org.fullaccounting.casefile.DeterminationFixtures.reopening;
import static org.fullaccounting.casefile.EntryFixtures.identification;
import static org.fullaccounting.casefile.EntryFixtures.recovery;
import static org.fullaccounting.casefile.EntryFixtures.retractionOf;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

class NonRecoverableTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canDesignateACaseNonRecoverable() {
        fixture.given(opened())
               .when(nonRecoverable().command())
               .expectEvents(nonRecoverable().event())
               .expectState(caseFile -> assertThat(caseFile.state().nonRecoverable()).isTrue());
    }

    @Test
    void aDesignationIsNotAStatus() {
        fixture.given(opened())
               .when(nonRecoverable().command())
               .expectState(caseFile -> assertThat(caseFile.state().status())
                       .isEqualTo(CaseStatus.MISSING_PRESUMED_DEAD));
    }

    @Test
    void cannotDesignateACaseNonRecoverableTwice() {
        fixture.given(opened(), nonRecoverable().event())
               .when(nonRecoverable().with(n -> n.entryId = entryId(40)).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(ALREADY_NON_RECOVERABLE))
               .expectNoEvents();
    }

    @Test
    void cannotDesignateWithoutADateAReasonOrASource() {
        fixture.given(opened())
               .when(nonRecoverable().with(n -> n.designatedOn = null).command())
               .expectException(violation(FIELD_REQUIRED, "designatedOn"))
               .expectNoEvents();
        fixture.given(opened())
               .when(nonRecoverable().with(n -> n.reason = "").command())
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
        fixture.given(opened())
               .when(nonRecoverable().with(n -> n.source = null).command())
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    @Test
    void cannotDesignateNonRecoverableACaseAccountedFor() {
        fixture.given(opened(), recovery().event(), identification().event(CaseStatus.MISSING_PRESUMED_DEAD))
               .when(nonRecoverable().command())
               .expectException(violation(ALREADY_ACCOUNTED_FOR))
               .expectNoEvents();
    }

    @Test
    void canReopenADesignation() {
        fixture.given(opened(), nonRecoverable().event())
               .when(reopening().command())
               .expectEvents(reopening().event())
               .expectState(caseFile -> assertThat(caseFile.state().nonRecoverable()).isFalse());
    }

    @Test
    void cannotReopenACaseNotDesignated() {
        fixture.given(opened())
               .when(reopening().command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(NOT_NON_RECOVERABLE))
               .expectNoEvents();
    }

    @Test
    void cannotReopenTwice() {
        fixture.given(opened(), nonRecoverable().event(), reopening().event())
               .when(reopening().with(r -> r.entryId = entryId(40)).command())
               .expectException(violation(NOT_NON_RECOVERABLE))
               .expectNoEvents();
    }

    @Test
    void cannotReopenBeforeTheDesignation() {
        fixture.given(opened(), nonRecoverable().event())
               .when(reopening().with(r -> r.reopenedOn = "1995-12").command())
               .expectException(violation(REOPENED_BEFORE_DESIGNATION, "reopenedOn"))
               .expectNoEvents();
    }

    @Test
    void cannotReopenWithoutAReason() {
        fixture.given(opened(), nonRecoverable().event())
               .when(reopening().with(r -> r.reason = " ").command())
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }

    @Test
    void aReopenedCaseCanBeDesignatedAgain() {
        fixture.given(opened(), nonRecoverable().event(), reopening().event())
               .when(nonRecoverable().with(n -> { n.entryId = entryId(40); n.designatedOn = "2020"; }).command())
               .expectSuccessfulHandlerExecution()
               .expectState(caseFile -> assertThat(caseFile.state().nonRecoverable()).isTrue());
    }

    @Test
    void neitherADesignationNorAReopeningIsRetracted() {
        fixture.given(opened(), nonRecoverable().event())
               .when(retractionOf(NON_RECOVERABLE_ID).command())
               .expectException(violation(NOT_RETRACTABLE, "entryId"))
               .expectNoEvents();
        fixture.given(opened(), nonRecoverable().event(), reopening().event())
               .when(retractionOf(REOPENING_ID).command())
               .expectException(violation(NOT_RETRACTABLE, "entryId"))
               .expectNoEvents();
    }
}
