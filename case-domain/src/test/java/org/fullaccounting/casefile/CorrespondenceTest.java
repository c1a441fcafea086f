package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.EntryFixtures.Correspondence;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.CorrespondenceKind;
import org.fullaccounting.casefile.api.Direction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.correspondence;
import static org.fullaccounting.casefile.EntryFixtures.identification;
import static org.fullaccounting.casefile.EntryFixtures.recovery;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

class CorrespondenceTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canLogCorrespondence() {
        fixture.given(opened())
               .when(correspondence().command())
               .expectEvents(correspondence().event());
    }

    @Test
    void restrictedCorrespondenceStaysMarkedRestricted() {
        Correspondence classifiedMemo = correspondence().with(c -> {
            c.kind = CorrespondenceKind.MEMORANDUM;
            c.direction = Direction.INTERNAL;
            c.date = "1996";
            c.from = "Insung Lee";
            c.to = null;
            c.subject = "live sighting reports";
            c.restricted = true;
        });

        fixture.given(opened())
               .when(classifiedMemo.command())
               .expectEvents(classifiedMemo.event());
    }

    @Test
    void anAccountedForCaseStillTakesCorrespondence() {
        fixture.given(opened(), recovery().event(), identification().event(CaseStatus.MISSING_PRESUMED_DEAD))
               .when(correspondence().command())
               .expectEvents(correspondence().event());
    }

    @Test
    void cannotLogCorrespondenceWithoutADate() {
        expectMissing("date", correspondence().with(c -> c.date = null));
    }

    @Test
    void cannotLogCorrespondenceWithoutAKind() {
        expectMissing("kind", correspondence().with(c -> c.kind = null));
    }

    @Test
    void cannotLogCorrespondenceWithoutADirection() {
        expectMissing("direction", correspondence().with(c -> c.direction = null));
    }

    @Test
    void cannotLogCorrespondenceWithoutASubject() {
        expectMissing("subject", correspondence().with(c -> c.subject = "  "));
    }

    private void expectMissing(String field, Correspondence correspondence) {
        fixture.given(opened())
               .when(correspondence.command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, field))
               .expectNoEvents();
    }
}
