package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.EntryFixtures.Reclassification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.SAME_STATUS;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.reclassification;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;
import static org.fullaccounting.casefile.api.CaseStatus.MISSING_PRESUMED_DEAD;
import static org.fullaccounting.casefile.api.CaseStatus.PRISONER_OF_WAR;

class ReclassificationTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canReclassifyToADifferentStatus() {
        fixture.given(opened())
               .when(reclassification().command())
               .expectEvents(reclassification().event(MISSING_PRESUMED_DEAD))
               .expectState(caseFile -> assertThat(caseFile.state().status()).isEqualTo(PRISONER_OF_WAR));
    }

    @Test
    void cannotReclassifyToTheSameStatus() {
        fixture.given(opened())
               .when(reclassification().with(r -> r.to = MISSING_PRESUMED_DEAD).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(SAME_STATUS, "to"))
               .expectNoEvents();
    }

    @Test
    void aReclassificationCanReverseAnEarlierOne() {
        Reclassification backToPresumedDead = reclassification().with(r -> {
            r.entryId = entryId(20);
            r.to = MISSING_PRESUMED_DEAD;
            r.effectiveOn = "1990";
            r.authority = "U.S. Court of Appeals";
        });

        fixture.given(opened(), reclassification().event(MISSING_PRESUMED_DEAD))
               .when(backToPresumedDead.command())
               .expectEvents(backToPresumedDead.event(PRISONER_OF_WAR));
    }

    @Test
    void cannotReclassifyToTheStatusAnEarlierReclassificationGaveTheCase() {
        fixture.given(opened(), reclassification().event(MISSING_PRESUMED_DEAD))
               .when(reclassification().with(r -> r.entryId = entryId(20)).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(SAME_STATUS, "to"))
               .expectNoEvents();
    }

    @Test
    void aReclassificationNeedNotGiveAnEffectiveDateOrAReason() {
        Reclassification bare = reclassification().with(r -> {
            r.effectiveOn = null;
            r.reason = null;
        });

        fixture.given(opened())
               .when(bare.command())
               .expectEvents(bare.event(MISSING_PRESUMED_DEAD));
    }

    @Test
    void cannotReclassifyWithoutAStatus() {
        expectMissing("to", reclassification().with(r -> r.to = null));
    }

    @Test
    void cannotReclassifyWithoutAnAuthority() {
        expectMissing("authority", reclassification().with(r -> r.authority = " "));
    }

    @Test
    void cannotReclassifyWithoutASource() {
        expectMissing("source", reclassification().with(r -> r.source = null));
    }

    private void expectMissing(String field, Reclassification reclassification) {
        fixture.given(opened())
               .when(reclassification.command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, field))
               .expectNoEvents();
    }
}
