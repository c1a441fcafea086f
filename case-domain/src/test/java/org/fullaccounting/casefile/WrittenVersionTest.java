package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.api.CaseVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;

import static org.fullaccounting.casefile.CaseFixtures.*;
import static org.fullaccounting.casefile.EntryFixtures.*;

/** The command handlers answer with the case's version after their event: no second look at the store. */
class WrittenVersionTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void openingACaseAnswersVersionOne() {
        fixture.givenNoPriorActivity()
               .when(opening().command())
               .expectResultMessagePayload(new CaseVersion(1));
    }

    @Test
    void anEntryAnswersTheNumberOfEventsTheCaseNowHolds() {
        fixture.given(opened(), note().event(), sighting().event())
               .when(retractionOf(SIGHTING_ID).command())
               .expectResultMessagePayload(new CaseVersion(4));
    }
}
