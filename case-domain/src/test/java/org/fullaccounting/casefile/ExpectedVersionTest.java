package org.fullaccounting.casefile;

import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.note;

/** A command carries the version its sender last saw; a stale one must not overwrite what came since. */
class ExpectedVersionTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void aCommandSentAgainstTheCurrentVersionIsAccepted() {
        fixture.given(opened(), note().event())
               .when(note().with(n -> {
                   n.entryId = entryId(20);
                   n.expectedVersion = 1L;
               }).command())
               .expectEvents(note().with(n -> n.entryId = entryId(20)).event());
    }

    @Test
    void aCommandSentAgainstAnOutdatedVersionIsRejected() {
        fixture.given(opened(), note().event())
               .when(note().with(n -> {
                   n.entryId = entryId(20);
                   n.expectedVersion = 0L;
               }).command())
               .expectException(ConflictingAggregateVersionException.class)
               .expectNoEvents();
    }
}
