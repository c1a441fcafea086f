package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.casefile.reports.SightingReport;
import org.fullaccounting.casefile.reports.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.OTHER_CASE_ID;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;
import static org.fullaccounting.casefile.api.Assessment.*;

/** A sighting report of unnamed people: filed complete, correlated with each case once, each correlation assessed on its own. */
class SightingReportTest {

    static final UUID REPORT = UUID.fromString("5e000000-0000-4000-8000-000000000001");
    static final UUID SOURCE = UUID.fromString("50000000-0000-4000-8000-000000000001");

    static final SightingReportFiledEvent OPRICA = new SightingReportFiledEvent(REPORT, HistoricalDate.of("1979"),
            HistoricalDate.of("1982"), "a collective farm near Pyongyang", SourceKind.FOREIGN_NATIONAL,
            "Serban Oprica", "As many as 50 American prisoners working on a collective farm", SOURCE);

    private AggregateTestFixture<SightingReport> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SightingReport.class);
    }

    private static FileSightingReportCommand filing(String observed, String reported, String description) {
        return new FileSightingReportCommand(REPORT, HistoricalDate.ofNullable(observed),
                HistoricalDate.ofNullable(reported), " a collective farm near Pyongyang ", SourceKind.FOREIGN_NATIONAL,
                "Serban Oprica", description, SOURCE);
    }

    @Test
    void canFileAReportOfSeveralUnnamedPeople() {
        fixture.givenNoPriorActivity()
               .when(filing("1979", "1982", " As many as 50 American prisoners working on a collective farm "))
               .expectEvents(OPRICA)
               .expectResultMessagePayload(1L);
    }

    @Test
    void canFileAReportObservedOverARangeWithoutPlaceWitnessOrSource() {
        fixture.givenNoPriorActivity()
               .when(new FileSightingReportCommand(REPORT, HistoricalDate.of("1996/1997"), HistoricalDate.of("2003"),
                       " ", SourceKind.DEFECTOR, "", "several American prisoners in a camp", null))
               .expectEvents(new SightingReportFiledEvent(REPORT, HistoricalDate.of("1996/1997"),
                       HistoricalDate.of("2003"), null, SourceKind.DEFECTOR, null, "several American prisoners in a camp",
                       null));
    }

    @Test
    void cannotFileAReportWithoutADescription() {
        fixture.givenNoPriorActivity()
               .when(filing("1979", "1982", "  "))
               .expectException(violation(FIELD_REQUIRED, "description"))
               .expectNoEvents();
    }

    @Test
    void cannotFileAReportWithoutAnObservedDate() {
        fixture.givenNoPriorActivity()
               .when(filing(null, "1982", "fifty prisoners"))
               .expectException(violation(FIELD_REQUIRED, "observedOn"))
               .expectNoEvents();
    }

    @Test
    void cannotFileAReportWithoutAReportedDate() {
        fixture.givenNoPriorActivity()
               .when(filing("1979", null, "fifty prisoners"))
               .expectException(violation(FIELD_REQUIRED, "reportedOn"))
               .expectNoEvents();
    }

    @Test
    void cannotFileAReportWithoutASourceKind() {
        fixture.givenNoPriorActivity()
               .when(new FileSightingReportCommand(REPORT, HistoricalDate.of("1979"), HistoricalDate.of("1982"), null,
                       null, null, "fifty prisoners", null))
               .expectException(violation(FIELD_REQUIRED, "sourceKind"))
               .expectNoEvents();
    }

    @Test
    void cannotFileAReportMadeBeforeTheSighting() {
        fixture.givenNoPriorActivity()
               .when(filing("1982", "1979", "fifty prisoners"))
               .expectException(violation(REPORTED_BEFORE_OBSERVED, "reportedOn"))
               .expectNoEvents();
    }

    @Test
    void aVagueReportedDateMayOverlapTheSighting() {
        fixture.givenNoPriorActivity()
               .when(filing("1979-06", "circa 1979", "fifty prisoners"))
               .expectSuccessfulHandlerExecution();
    }

    @Test
    void canCorrelateAReportWithSeveralCasesEachAssessedOnItsOwn() {
        fixture.given(OPRICA, new CaseCorrelatedEvent(REPORT, CASE_ID, UNRESOLVED, "captured near Anju, 1950"))
               .when(new CorrelateCaseCommand(REPORT, OTHER_CASE_ID, NOT_CORRELATED, " died in Camp 5, 1951 "))
               .expectEvents(new CaseCorrelatedEvent(REPORT, OTHER_CASE_ID, NOT_CORRELATED, "died in Camp 5, 1951"))
               .expectResultMessagePayload(3L);
    }

    @Test
    void cannotCorrelateTheSameCaseTwice() {
        fixture.given(OPRICA, new CaseCorrelatedEvent(REPORT, CASE_ID, UNRESOLVED, "captured near Anju"))
               .when(new CorrelateCaseCommand(REPORT, CASE_ID, CORRELATED, "again"))
               .expectException(violation(ALREADY_CORRELATED, "caseId"))
               .expectNoEvents();
    }

    @Test
    void cannotCorrelateWithoutACaseAnAssessmentOrAReason() {
        fixture.given(OPRICA)
               .when(new CorrelateCaseCommand(REPORT, null, UNRESOLVED, "r"))
               .expectException(violation(FIELD_REQUIRED, "caseId"))
               .expectNoEvents();
        fixture.given(OPRICA)
               .when(new CorrelateCaseCommand(REPORT, CASE_ID, null, "r"))
               .expectException(violation(FIELD_REQUIRED, "assessment"))
               .expectNoEvents();
        fixture.given(OPRICA)
               .when(new CorrelateCaseCommand(REPORT, CASE_ID, UNRESOLVED, " "))
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }

    @Test
    void canReassessOneCorrelationLeavingTheOthersAsTheyAre() {
        fixture.given(OPRICA, new CaseCorrelatedEvent(REPORT, CASE_ID, UNRESOLVED, "captured near Anju"),
                      new CaseCorrelatedEvent(REPORT, OTHER_CASE_ID, UNRESOLVED, "Camp 5"))
               .when(new AssessCorrelationCommand(REPORT, CASE_ID, NOT_CORRELATED, "the farm held no one from 1950"))
               .expectEvents(new CorrelationAssessedEvent(REPORT, CASE_ID, NOT_CORRELATED, UNRESOLVED,
                       "the farm held no one from 1950"));
    }

    @Test
    void cannotAssessACaseTheReportIsNotCorrelatedWith() {
        fixture.given(OPRICA, new CaseCorrelatedEvent(REPORT, CASE_ID, UNRESOLVED, "captured near Anju"))
               .when(new AssessCorrelationCommand(REPORT, OTHER_CASE_ID, CORRELATED, "r"))
               .expectException(violation(UNKNOWN_CORRELATION, "caseId"))
               .expectNoEvents();
    }

    @Test
    void cannotAssessACorrelationAsItAlreadyStands() {
        fixture.given(OPRICA, new CaseCorrelatedEvent(REPORT, CASE_ID, UNRESOLVED, "captured near Anju"),
                      new CorrelationAssessedEvent(REPORT, CASE_ID, CORRELATED, UNRESOLVED, "matches"))
               .when(new AssessCorrelationCommand(REPORT, CASE_ID, CORRELATED, "still matches"))
               .expectException(violation(SAME_ASSESSMENT, "assessment"))
               .expectNoEvents();
    }

    @Test
    void cannotAssessWithoutAnAssessmentOrAReason() {
        fixture.given(OPRICA, new CaseCorrelatedEvent(REPORT, CASE_ID, UNRESOLVED, "captured near Anju"))
               .when(new AssessCorrelationCommand(REPORT, CASE_ID, null, "r"))
               .expectException(violation(FIELD_REQUIRED, "assessment"))
               .expectNoEvents();
        fixture.given(OPRICA, new CaseCorrelatedEvent(REPORT, CASE_ID, UNRESOLVED, "captured near Anju"))
               .when(new AssessCorrelationCommand(REPORT, CASE_ID, FABRICATED, ""))
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }
}
