package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.api.AddNoteCommand;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.CorrectEntryCommand;
import org.fullaccounting.casefile.api.EntryCorrectedEvent;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.NoteAddedEvent;
import org.fullaccounting.casefile.api.ReclassifyStatusCommand;
import org.fullaccounting.casefile.api.ReportSightingCommand;
import org.fullaccounting.casefile.api.SightingReportedEvent;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.casefile.api.StatusReclassifiedEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.date;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.CaseFixtures.opening;
import static org.fullaccounting.casefile.DeterminationFixtures.finding;
import static org.fullaccounting.casefile.DeterminationFixtures.nonRecoverable;
import static org.fullaccounting.casefile.DeterminationFixtures.reopening;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/** An entry names its source in free text, by citing a registered source (with a locator), or both. */
class CitationsTest {

    private static final UUID REPORT = UUID.fromString("50000000-0000-4000-8000-00000000000a");
    private static final Citation PAGE_4 = new Citation(REPORT, "p. 4, para. 2");

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canCiteARegisteredSourceInsteadOfAFreeTextSource() {
        fixture.given(opened())
               .when(sighting(null, PAGE_4))
               .expectEvents(new SightingReportedEvent(CASE_ID, entryId(2), date("1951-06"), date("1953-09"),
                       "Camp 5", SourceKind.RETURNEE_DEBRIEF, "Pvt. B", "Seen alive.", null, PAGE_4));
    }

    @Test
    void canCiteARegisteredSourceBesideAFreeTextSource() {
        fixture.given(opened())
               .when(new ReclassifyStatusCommand(CASE_ID, entryId(4), CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, date("1954"),
                       "Department of the Army", "Review board", "DA Form 52", null, PAGE_4))
               .expectEvents(new StatusReclassifiedEvent(CASE_ID, entryId(4), CaseStatus.MISSING_PRESUMED_DEAD,
                       CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, date("1954"), "Department of the Army", "Review board",
                       "DA Form 52", PAGE_4));
    }

    @Test
    void cannotLeaveOutBothTheFreeTextSourceAndTheCitation() {
        fixture.given(opened())
               .when(sighting("  ", null))
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    @Test
    void cannotCiteALocatorWithoutItsSource() {
        fixture.given(opened())
               .when(sighting("Debriefing", new Citation(null, "p. 4")))
               .expectException(violation(FIELD_REQUIRED, "sourceId"))
               .expectNoEvents();
    }

    @Test
    void aNoteMayCiteASourceThoughItNeedsNone() {
        fixture.given(opened())
               .when(new AddNoteCommand(CASE_ID, entryId(10), "Compare with the camp roster.", null, PAGE_4))
               .expectEvents(new NoteAddedEvent(CASE_ID, entryId(10), "Compare with the camp roster.", PAGE_4));
    }

    @Test
    void aCorrectionMayCiteTheSourceThatGivesTheOtherValue() {
        fixture.given(opened(), new SightingReportedEvent(CASE_ID, entryId(2), date("1951-06"), date("1953-09"),
                       "Camp 5", SourceKind.RETURNEE_DEBRIEF, "Pvt. B", "Seen alive.", "Debriefing"))
               .when(new CorrectEntryCommand(CASE_ID, entryId(12), entryId(2), "place", "Camp 3", "Roster",
                       null, null, PAGE_4))
               .expectEvents(new EntryCorrectedEvent(CASE_ID, entryId(12), entryId(2), EntryKind.SIGHTING, "place",
                       "Camp 3", "Roster", null, PAGE_4));
    }

    @Test
    void aPresumptiveFindingMayCiteARegisteredSourceInsteadOfAFreeTextSource() {
        fixture.given(opening().with(o -> o.status = CaseStatus.MISSING_IN_ACTION).event())
               .when(finding().with(f -> { f.source = null; f.citation = PAGE_4; }).command())
               .expectEvents(finding().with(f -> { f.source = null; f.citation = PAGE_4; })
                       .event(CaseStatus.MISSING_IN_ACTION));
    }

    @Test
    void aPresumptiveFindingCannotCiteALocatorWithoutItsSource() {
        fixture.given(opening().with(o -> o.status = CaseStatus.MISSING_IN_ACTION).event())
               .when(finding().with(f -> f.citation = new Citation(null, "p. 4")).command())
               .expectException(violation(FIELD_REQUIRED, "sourceId"))
               .expectNoEvents();
    }

    @Test
    void aNonRecoverableDesignationAndItsReopeningMayCiteRegisteredSources() {
        fixture.given(opened())
               .when(nonRecoverable().with(n -> { n.source = null; n.citation = PAGE_4; }).command())
               .expectEvents(nonRecoverable().with(n -> { n.source = null; n.citation = PAGE_4; }).event());
        fixture.given(opened(), nonRecoverable().event())
               .when(reopening().with(r -> r.citation = PAGE_4).command())
               .expectEvents(reopening().with(r -> r.citation = PAGE_4).event());
    }

    @Test
    void aReopeningStillNamesItsSourceSomehow() {
        fixture.given(opened(), nonRecoverable().event())
               .when(reopening().with(r -> r.source = " ").command())
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    private static ReportSightingCommand sighting(String source, Citation citation) {
        return new ReportSightingCommand(CASE_ID, entryId(2), date("1951-06"), date("1953-09"), "Camp 5",
                SourceKind.RETURNEE_DEBRIEF, "Pvt. B", "Seen alive.", source, null, citation);
    }
}
