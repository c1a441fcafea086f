package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.EntryFixtures.Identification;
import org.fullaccounting.casefile.EntryFixtures.Recovery;
import org.fullaccounting.casefile.api.EntryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.CaseErrorCode.ALREADY_ACCOUNTED_FOR;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.NO_REMAINS_RECOVERED;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.RECOVERY_ID;
import static org.fullaccounting.casefile.EntryFixtures.identification;
import static org.fullaccounting.casefile.EntryFixtures.reclassification;
import static org.fullaccounting.casefile.EntryFixtures.recovery;
import static org.fullaccounting.casefile.EntryFixtures.retractionOf;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;
import static org.fullaccounting.casefile.api.CaseStatus.ACCOUNTED_FOR;
import static org.fullaccounting.casefile.api.CaseStatus.MISSING_PRESUMED_DEAD;
import static org.fullaccounting.casefile.api.CaseStatus.PRISONER_OF_WAR;

class RemainsTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canRecordTheRecoveryOfRemains() {
        fixture.given(opened())
               .when(recovery().command())
               .expectEvents(recovery().event());
    }

    @Test
    void aRecoveryNeedNotSayWhenWhereOrInWhichOperation() {
        Recovery sparse = recovery().with(r -> {
            r.recoveredOn = null;
            r.place = null;
            r.operation = null;
        });

        fixture.given(opened())
               .when(sparse.command())
               .expectEvents(sparse.event());
    }

    @Test
    void cannotRecordARecoveryWithoutASource() {
        fixture.given(opened())
               .when(recovery().with(r -> r.source = " ").command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    @Test
    void identifyingRemainsAccountsForTheCase() {
        fixture.given(opened(), recovery().event())
               .when(identification().command())
               .expectEvents(identification().event(MISSING_PRESUMED_DEAD))
               .expectState(caseFile -> assertThat(caseFile.state().status()).isEqualTo(ACCOUNTED_FOR));
    }

    @Test
    void theIdentificationRemembersTheStatusItEnded() {
        fixture.given(opened(), reclassification().event(MISSING_PRESUMED_DEAD), recovery().event())
               .when(identification().command())
               .expectEvents(identification().event(PRISONER_OF_WAR));
    }

    @Test
    void cannotIdentifyRemainsBeforeTheirRecovery() {
        fixture.given(opened())
               .when(identification().command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(NO_REMAINS_RECOVERED))
               .expectNoEvents();
    }

    @Test
    void cannotIdentifyRemainsWhoseRecoveryWasRetracted() {
        fixture.given(opened(), recovery().event(), retractionOf(RECOVERY_ID).event(EntryKind.REMAINS_RECOVERED))
               .when(identification().command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(NO_REMAINS_RECOVERED))
               .expectNoEvents();
    }

    @Test
    void cannotIdentifyRemainsOfACaseAlreadyAccountedFor() {
        Recovery secondRecovery = recovery().with(r -> r.entryId = entryId(20));

        fixture.given(opened(), recovery().event(), identification().event(MISSING_PRESUMED_DEAD),
                       secondRecovery.event())
               .when(identification().with(i -> i.entryId = entryId(21)).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(ALREADY_ACCOUNTED_FOR))
               .expectNoEvents();
    }

    @Test
    void cannotIdentifyRemainsWithoutAMethod() {
        expectMissing("method", identification().with(i -> i.method = null));
    }

    @Test
    void cannotIdentifyRemainsWithoutASource() {
        expectMissing("source", identification().with(i -> i.source = null));
    }

    private void expectMissing(String field, Identification identification) {
        fixture.given(opened(), recovery().event())
               .when(identification.command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, field))
               .expectNoEvents();
    }
}
