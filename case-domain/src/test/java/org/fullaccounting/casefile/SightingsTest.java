package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.EntryFixtures.Sighting;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.REPORTED_BEFORE_OBSERVED;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.sighting;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

class SightingsTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void aSightingCanBeReportedYearsAfterItWasObserved() {
        Sighting seenIn1979ReportedIn1982 = sighting().with(s -> {
            s.observedOn = "1979";
            s.reportedOn = "1982";
        });

        fixture.given(opened())
               .when(seenIn1979ReportedIn1982.command())
               .expectEvents(seenIn1979ReportedIn1982.event());
    }

    @ParameterizedTest(name = "observed {0}, reported {1}")
    @CsvSource({
            "1982-05-03, 1982-05-03",
            "1982-05,    1982",
            "1982,       1982-05",
            ",           1982",
            "1979,       ",
            ",           "})
    void aSightingCanBeReportedWheneverTheDatesDoNotCertainlyContradictEachOther(String observedOn,
                                                                                   String reportedOn) {
        Sighting report = sighting().with(s -> {
            s.observedOn = observedOn;
            s.reportedOn = reportedOn;
        });

        fixture.given(opened())
               .when(report.command())
               .expectEvents(report.event());
    }

    /** "circa 1982" may well be 1981: a rough date never makes a report impossible. */
    @Test
    void aSightingObservedCircaAYearMayBeReportedTheYearBefore() {
        Sighting roughlyDated = sighting().with(s -> {
            s.observedOn = "circa 1982";
            s.reportedOn = "1981";
        });

        fixture.given(opened())
               .when(roughlyDated.command())
               .expectEvents(roughlyDated.event());
    }

    @ParameterizedTest(name = "observed {0}, reported {1}")
    @CsvSource({
            "1982,       1979",
            "1982-05-03, 1982-05-02",
            "1982-05,    1982-04-30"})
    void cannotReportASightingBeforeItWasObserved(String observedOn, String reportedOn) {
        fixture.given(opened())
               .when(sighting().with(s -> {
                   s.observedOn = observedOn;
                   s.reportedOn = reportedOn;
               }).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(REPORTED_BEFORE_OBSERVED, "reportedOn"))
               .expectNoEvents();
    }

    @Test
    void cannotReportASightingWithoutSayingWhoReportedIt() {
        expectMissing("sourceKind", sighting().with(s -> s.sourceKind = null));
    }

    @Test
    void cannotReportASightingWithoutADescription() {
        expectMissing("description", sighting().with(s -> s.description = " "));
    }

    @Test
    void cannotReportASightingWithoutASource() {
        expectMissing("source", sighting().with(s -> s.source = null));
    }

    private void expectMissing(String field, Sighting sighting) {
        fixture.given(opened())
               .when(sighting.command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, field))
               .expectNoEvents();
    }
}
