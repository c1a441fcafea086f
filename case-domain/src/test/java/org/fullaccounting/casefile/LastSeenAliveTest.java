package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.EntryFixtures.Designation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.CaseErrorCode.ALREADY_LAST_SEEN_ALIVE;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.NOT_LAST_SEEN_ALIVE;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.designation;
import static org.fullaccounting.casefile.EntryFixtures.removal;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

class LastSeenAliveTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canPutAServicemanOnTheLastSeenAliveList() {
        fixture.given(opened())
               .when(designation().command())
               .expectEvents(designation().event())
               .expectState(caseFile -> assertThat(caseFile.state().lastSeenAlive()).isTrue());
    }

    @Test
    void aDesignationNeedNotGiveAReason() {
        Designation withoutReason = designation().with(d -> d.reason = null);

        fixture.given(opened())
               .when(withoutReason.command())
               .expectEvents(withoutReason.event());
    }

    @Test
    void cannotPutAServicemanOnTheListTwice() {
        fixture.given(opened(), designation().event())
               .when(designation().with(d -> d.entryId = entryId(20)).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(ALREADY_LAST_SEEN_ALIVE))
               .expectNoEvents();
    }

    @Test
    void cannotPutAServicemanOnTheListWithoutASource() {
        fixture.given(opened())
               .when(designation().with(d -> d.source = " ").command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    @Test
    void canTakeAServicemanOffTheLastSeenAliveList() {
        fixture.given(opened(), designation().event())
               .when(removal().command())
               .expectEvents(removal().event())
               .expectState(caseFile -> assertThat(caseFile.state().lastSeenAlive()).isFalse());
    }

    @Test
    void aServicemanTakenOffTheListCanBePutBackOnIt() {
        Designation again = designation().with(d -> d.entryId = entryId(20));

        fixture.given(opened(), designation().event(), removal().event())
               .when(again.command())
               .expectEvents(again.event());
    }

    @Test
    void cannotTakeOffTheListAServicemanWhoIsNotOnIt() {
        fixture.given(opened())
               .when(removal().command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(NOT_LAST_SEEN_ALIVE))
               .expectNoEvents();
    }

    @Test
    void cannotTakeAServicemanOffTheListTwice() {
        fixture.given(opened(), designation().event(), removal().event())
               .when(removal().with(r -> r.entryId = entryId(20)).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(NOT_LAST_SEEN_ALIVE))
               .expectNoEvents();
    }

    @Test
    void cannotTakeAServicemanOffTheListWithoutASource() {
        fixture.given(opened(), designation().event())
               .when(removal().with(r -> r.source = null).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    @Test
    void cannotTakeAServicemanOffTheListWithoutAReason() {
        fixture.given(opened(), designation().event())
               .when(removal().with(r -> r.reason = "").command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }
}
