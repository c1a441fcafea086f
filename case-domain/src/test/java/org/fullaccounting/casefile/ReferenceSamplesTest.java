package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.people.CasePeople;
import org.fullaccounting.casefile.people.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.PeopleTest.BOB;
import static org.fullaccounting.casefile.PeopleTest.BOB_ADDED;
import static org.fullaccounting.casefile.PeopleTest.NOBODY;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/** Family reference samples: from a donor on the case, in the right line, requested, received, processed in order. */
class ReferenceSamplesTest {

    static final UUID SAMPLE = UUID.fromString("70000000-0000-4000-8000-000000000001");
    static final LocalDate REQUESTED = LocalDate.of(2005, 3, 1);
    static final LocalDate RECEIVED = LocalDate.of(2005, 4, 2);
    static final ReferenceSampleRequestedEvent REQUEST = new ReferenceSampleRequestedEvent(CASE_ID, SAMPLE, BOB,
            SampleType.MTDNA, Line.MATERNAL, REQUESTED);
    static final ReferenceSampleReceivedEvent RECEIPT = new ReferenceSampleReceivedEvent(CASE_ID, SAMPLE, RECEIVED);

    private AggregateTestFixture<CasePeople> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CasePeople.class);
    }

    @Test
    void canRequestAnMtDnaSampleFromTheMaternalLine() {
        fixture.given(BOB_ADDED)
               .when(new RequestReferenceSampleCommand(CASE_ID, SAMPLE, BOB, SampleType.MTDNA, Line.MATERNAL, REQUESTED))
               .expectEvents(REQUEST);
    }

    @Test
    void cannotRequestMtDnaFromThePaternalLine() {
        fixture.given(BOB_ADDED)
               .when(new RequestReferenceSampleCommand(CASE_ID, SAMPLE, BOB, SampleType.MTDNA, Line.PATERNAL, REQUESTED))
               .expectException(violation(WRONG_LINE, "line"))
               .expectNoEvents();
    }

    @Test
    void cannotRequestYStrFromTheMaternalLine() {
        fixture.given(BOB_ADDED)
               .when(new RequestReferenceSampleCommand(CASE_ID, SAMPLE, BOB, SampleType.Y_STR, Line.MATERNAL, REQUESTED))
               .expectException(violation(WRONG_LINE, "line"))
               .expectNoEvents();
    }

    @Test
    void autosomalSamplesComeFromEitherLine() {
        fixture.given(BOB_ADDED)
               .when(new RequestReferenceSampleCommand(CASE_ID, SAMPLE, BOB, SampleType.AU_STR, Line.PATERNAL, REQUESTED))
               .expectEvents(new ReferenceSampleRequestedEvent(CASE_ID, SAMPLE, BOB, SampleType.AU_STR, Line.PATERNAL,
                       REQUESTED));
    }

    @Test
    void theDonorMustBeOnTheCase() {
        fixture.given(BOB_ADDED)
               .when(new RequestReferenceSampleCommand(CASE_ID, SAMPLE, NOBODY, SampleType.Y_STR, Line.PATERNAL, REQUESTED))
               .expectException(violation(DONOR_NOT_ON_CASE, "donorId"))
               .expectNoEvents();
    }

    @Test
    void cannotRequestWithoutAType() {
        fixture.given(BOB_ADDED)
               .when(new RequestReferenceSampleCommand(CASE_ID, SAMPLE, BOB, null, Line.PATERNAL, REQUESTED))
               .expectException(violation(FIELD_REQUIRED, "type"))
               .expectNoEvents();
    }

    @Test
    void canReceiveARequestedSample() {
        fixture.given(BOB_ADDED, REQUEST)
               .when(new ReceiveReferenceSampleCommand(CASE_ID, SAMPLE, RECEIVED))
               .expectEvents(RECEIPT);
    }

    @Test
    void cannotReceiveASampleBeforeItWasRequested() {
        fixture.given(BOB_ADDED, REQUEST)
               .when(new ReceiveReferenceSampleCommand(CASE_ID, SAMPLE, REQUESTED.minusDays(1)))
               .expectException(violation(DATE_OUT_OF_ORDER, "receivedOn"))
               .expectNoEvents();
    }

    @Test
    void cannotReceiveASampleTwice() {
        fixture.given(BOB_ADDED, REQUEST, RECEIPT)
               .when(new ReceiveReferenceSampleCommand(CASE_ID, SAMPLE, RECEIVED))
               .expectException(violation(SAMPLE_OUT_OF_ORDER))
               .expectNoEvents();
    }

    @Test
    void cannotReceiveAnUnknownSample() {
        fixture.given(BOB_ADDED, REQUEST)
               .when(new ReceiveReferenceSampleCommand(CASE_ID, NOBODY, RECEIVED))
               .expectException(violation(UNKNOWN_SAMPLE, "sampleId"))
               .expectNoEvents();
    }

    @Test
    void canProcessAReceivedSampleWithItsLabReference() {
        fixture.given(BOB_ADDED, REQUEST, RECEIPT)
               .when(new ProcessReferenceSampleCommand(CASE_ID, SAMPLE, RECEIVED.plusDays(30), " AFDIL-05-0173 "))
               .expectEvents(new ReferenceSampleProcessedEvent(CASE_ID, SAMPLE, RECEIVED.plusDays(30), "AFDIL-05-0173"));
    }

    @Test
    void cannotProcessASampleNotYetReceived() {
        fixture.given(BOB_ADDED, REQUEST)
               .when(new ProcessReferenceSampleCommand(CASE_ID, SAMPLE, RECEIVED, "L-1"))
               .expectException(violation(SAMPLE_OUT_OF_ORDER))
               .expectNoEvents();
    }

    @Test
    void cannotProcessASampleBeforeItWasReceived() {
        fixture.given(BOB_ADDED, REQUEST, RECEIPT)
               .when(new ProcessReferenceSampleCommand(CASE_ID, SAMPLE, RECEIVED.minusDays(1), "L-1"))
               .expectException(violation(DATE_OUT_OF_ORDER, "processedOn"))
               .expectNoEvents();
    }

    @Test
    void cannotProcessASampleTwice() {
        fixture.given(BOB_ADDED, REQUEST, RECEIPT, new ReferenceSampleProcessedEvent(CASE_ID, SAMPLE, RECEIVED, "L-1"))
               .when(new ProcessReferenceSampleCommand(CASE_ID, SAMPLE, RECEIVED, "L-2"))
               .expectException(violation(SAMPLE_OUT_OF_ORDER))
               .expectNoEvents();
    }

    @Test
    void cannotProcessWithoutALabReference() {
        fixture.given(BOB_ADDED, REQUEST, RECEIPT)
               .when(new ProcessReferenceSampleCommand(CASE_ID, SAMPLE, RECEIVED, " "))
               .expectException(violation(FIELD_REQUIRED, "labReference"))
               .expectNoEvents();
    }
}
