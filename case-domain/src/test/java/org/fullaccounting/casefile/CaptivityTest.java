package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.EntryFixtures.CaptivityFact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.capture;
import static org.fullaccounting.casefile.EntryFixtures.internment;
import static org.fullaccounting.casefile.EntryFixtures.transfer;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

class CaptivityTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canRecordACaptureNearAPlace() {
        fixture.given(opened())
               .when(capture().command())
               .expectEvents(capture().event());
    }

    @Test
    void canRecordAnInternmentInACamp() {
        fixture.given(opened())
               .when(internment().command())
               .expectEvents(internment().event());
    }

    @Test
    void canRecordATransferToADestination() {
        fixture.given(opened())
               .when(transfer().command())
               .expectEvents(transfer().event());
    }

    @Test
    void sourcesThatDisagreeAreRecordedSideBySide() {
        CaptivityFact nearAnju = capture().with(c -> {
            c.entryId = entryId(20);
            c.place = "near Anju";
            c.source = "returnee debrief, 1953";
        });

        fixture.given(opened(), capture().event())
               .when(nearAnju.command())
               .expectEvents(nearAnju.event());
    }

    @Test
    void cannotRecordACaptureWithoutAPlace() {
        expectMissing("place", capture().with(f -> f.place = null));
    }

    @Test
    void cannotRecordAnInternmentWithoutACamp() {
        expectMissing("camp", internment().with(f -> f.camp = " "));
    }

    @Test
    void cannotRecordATransferWithoutADestination() {
        expectMissing("destination", transfer().with(f -> f.destination = null));
    }

    @Test
    void cannotRecordACaptivityFactWithoutAKind() {
        expectMissing("kind", capture().with(f -> f.kind = null));
    }

    @Test
    void cannotRecordACaptivityFactWithoutASource() {
        expectMissing("source", capture().with(f -> f.source = ""));
    }

    private void expectMissing(String field, CaptivityFact fact) {
        fixture.given(opened())
               .when(fact.command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, field))
               .expectNoEvents();
    }
}
