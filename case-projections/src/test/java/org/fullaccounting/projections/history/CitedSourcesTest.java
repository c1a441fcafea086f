package org.fullaccounting.projections.history;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.fullaccounting.casefile.api.AddedToListEvent;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseOpenedEvent;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.CaptivityFactKind;
import org.fullaccounting.casefile.api.CaptivityFactRecordedEvent;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.ListEdition;
import org.fullaccounting.casefile.api.NonRecoverableDesignatedEvent;
import org.fullaccounting.casefile.api.NonRecoverableReopenedEvent;
import org.fullaccounting.casefile.api.PresumptiveFindingOfDeathMadeEvent;
import org.fullaccounting.casefile.api.RemovedFromListEvent;
import org.fullaccounting.casefile.api.NoteAddedEvent;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.casefile.sources.api.DocumentKind;
import org.fullaccounting.casefile.sources.api.SourceCorrectedEvent;
import org.fullaccounting.casefile.sources.api.SourceDescription;
import org.fullaccounting.casefile.sources.api.SourceEvent;
import org.fullaccounting.casefile.sources.api.SourceLinkedToCasesEvent;
import org.fullaccounting.casefile.sources.api.SourceRegisteredEvent;
import org.fullaccounting.projections.sources.SourceQuery;
import org.fullaccounting.projections.sources.SourceRegisterProjection;
import org.fullaccounting.projections.sources.SourceView;
import org.fullaccounting.projections.testing.CaseScript;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A case entry cites a registered source by id; its history shows the register's current title and
 * archive reference, and each source linked to the case once. Families see only unrestricted sources.
 */
class CitedSourcesTest {

    private static final Instant START = Instant.parse("2026-11-21T09:00:00Z");
    private final UUID caseId = UUID.randomUUID();
    private final UUID roster = UUID.randomUUID();
    private final UUID secret = UUID.randomUUID();
    private final UUID capture = UUID.randomUUID();
    private final UUID note = UUID.randomUUID();

    private SourceRegisterProjection register;
    private SourceQuery sources;
    private HistoryProjection projection;
    private HistoryQuery history;
    private final Map<UUID, Long> sourceSequences = new HashMap<>();

    @BeforeEach
    void givenAnOpenedCaseAndTwoRegisteredSources() {
        JdbcTemplate jdbc = ProjectionDatabase.migrated();
        register = new SourceRegisterProjection(jdbc);
        sources = new SourceQuery(jdbc);
        projection = new HistoryProjection(jdbc);
        history = new HistoryQuery(jdbc);
        source(new SourceRegisteredEvent(roster, description("Camp 5 roster", "1951", "RG 389, box 12", false)));
        source(new SourceRegisteredEvent(secret, description("Interrogation summary", "1953", "CIA-0042", true)));
        CaseScript script = new CaseScript(START, "caseworker").record(
                new CaseOpenedEvent(caseId, "SAMPLE-0042", new PersonName("Dumas", "Roger", "A."), "Corporal",
                        Branch.ARMY, null, HistoricalDate.of("1950-11-04"), null, null,
                        CaseStatus.MISSING_IN_ACTION, "petition"),
                new CaptivityFactRecordedEvent(caseId, capture, CaptivityFactKind.INTERNED, HistoricalDate.of("1951"),
                        "Pyoktong", null, "Camp 5", null, null, new Citation(roster, "p. 4")),
                new NoteAddedEvent(caseId, note, "Compare with the interrogation.", new Citation(secret, "para. 7")));
        script.deliverTo(projection);
    }

    @Test
    void anEntryKeepsItsCitationAndShowsTheSourcesCurrentTitleAndReference() {
        CitedSource cited = entry(read(), capture).cited();

        assertThat(cited.sourceId()).isEqualTo(roster);
        assertThat(cited.locator()).isEqualTo("p. 4");
        assertThat(cited.title()).isEqualTo("Camp 5 roster");
        assertThat(cited.archiveReference()).isEqualTo("RG 389, box 12");
    }

    @Test
    void aCorrectedTitleShowsWhereverTheSourceIsCited() {
        source(new SourceCorrectedEvent(roster, UUID.randomUUID(),
                description("Camp 5 roster (Chinese People's Volunteers)", "1951", "RG 389, box 13", false), "typo"));

        assertThat(entry(read(), capture).cited().title()).isEqualTo("Camp 5 roster (Chinese People's Volunteers)");
        assertThat(entry(read(), capture).cited().archiveReference()).isEqualTo("RG 389, box 13");
    }

    @Test
    void aSourceLinkedToTheCaseShowsOnceThoughTheLinkIsDeliveredAgain() {
        SourceLinkedToCasesEvent link = new SourceLinkedToCasesEvent(roster, UUID.randomUUID(),
                List.of(caseId, UUID.randomUUID()), "every prisoner of Camp 5");
        source(link);
        sourceAgain(link, 1);

        List<CaseHistory.Entry> links = read().entries().stream().filter(e -> e.kind() == EntryKind.SOURCE_LINK)
                .toList();
        assertThat(links).hasSize(1);
        assertThat(links.get(0).text()).isEqualTo("Source linked: Camp 5 roster \u2014 every prisoner of Camp 5");
        assertThat(links.get(0).happenedOn()).isEqualTo("1951");
    }

    @Test
    void aFamilySeesAnUnrestrictedSourceCitedAndLinkedButNothingOfARestrictedOne() {
        source(new SourceLinkedToCasesEvent(roster, UUID.randomUUID(), List.of(caseId), "names him"));
        source(new SourceLinkedToCasesEvent(secret, UUID.randomUUID(), List.of(caseId), "names him"));

        FamilyHistory family = FamilyHistory.of(read());

        FamilyHistory.Entry camp = family.entries().stream().filter(e -> e.kind() == EntryKind.CAPTIVITY_FACT)
                .findFirst().orElseThrow();
        assertThat(camp.cited()).isEqualTo(new FamilyHistory.Cited(roster, "Camp 5 roster", "RG 389, box 12", "p. 4"));
        assertThat(family.entries()).filteredOn(e -> e.kind() == EntryKind.SOURCE_LINK)
                .extracting(FamilyHistory.Entry::text).containsExactly("Source linked: Camp 5 roster");
        assertThat(family.toString()).doesNotContain("Interrogation", "CIA-0042", secret.toString(), "names him");
    }

    @Test
    void aCitationOfASourceTheRegisterDoesNotKnowShowsItsIdOnlyToStaffAndNothingToAFamily() {
        UUID unknown = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        CaseScript.deliverOne(new GenericDomainEventMessage<>("CaseFile", caseId.toString(), 3,
                new CaptivityFactRecordedEvent(caseId, entry, CaptivityFactKind.INTERNED, null, null, null, "Camp 3",
                        null, null, new Citation(unknown, null)), MetaData.with("user", "caseworker")), projection);

        assertThat(entry(read(), entry).cited().resolved()).isFalse();
        assertThat(FamilyHistory.of(read()).toString()).doesNotContain(unknown.toString());
    }

    @Test
    void aCorrectionCitingASourceShowsItThoughTheEntryItCorrectsCitesNone() {
        UUID opened = entry(read(), caseId).entryId();
        deliver(3, new org.fullaccounting.casefile.api.EntryCorrectedEvent(caseId, UUID.randomUUID(), opened,
                EntryKind.CASE_OPENED, "lossDate", "1950-11-05", "the roster says so", null, new Citation(roster, "p. 2")));

        CaseHistory.Entry entry = entry(read(), opened);

        assertThat(entry.cited()).isNull();
        assertThat(entry.corrections()).extracting(c -> c.cited().title()).containsExactly("Camp 5 roster");
        assertThat(entry(read(), note).cited().title()).isEqualTo("Interrogation summary");
    }

    @Test
    void aListMembershipShowsTheRegisteredSourceItNamesAsACitation() {
        UUID added = UUID.randomUUID();
        UUID removed = UUID.randomUUID();
        ListEdition list = new ListEdition(UUID.randomUUID(), "Last Seen Alive", "DPMO", "1",
                HistoricalDate.of("2008-08-22"), true);
        deliver(3, new AddedToListEvent(caseId, added, list, "DPMO list", roster, "named on it", true));
        deliver(4, new RemovedFromListEvent(caseId, removed, list, null, secret, "LIST-REASON-MARKER", false));

        assertThat(entry(read(), added).cited().title()).isEqualTo("Camp 5 roster");
        assertThat(entry(read(), added).cited().locator()).isNull();
        assertThat(entry(read(), removed).cited().title()).isEqualTo("Interrogation summary");
        FamilyHistory family = FamilyHistory.of(read());
        assertThat(family.entries()).filteredOn(e -> e.kind() == EntryKind.LIST_MEMBERSHIP)
                .extracting(FamilyHistory.Entry::cited)
                .containsExactly(new FamilyHistory.Cited(null, "Camp 5 roster", "RG 389, box 12", null), null);
        assertThat(family.toString()).doesNotContain("DPMO list", "Interrogation", "CIA-0042", "LIST-REASON-MARKER");
    }

    @Test
    void aPresumptiveFindingAndANonRecoverableDesignationShowTheSourcesTheyCite() {
        UUID finding = UUID.randomUUID();
        UUID designation = UUID.randomUUID();
        UUID reopening = UUID.randomUUID();
        deliver(3, new PresumptiveFindingOfDeathMadeEvent(caseId, finding, CaseStatus.MISSING_IN_ACTION,
                HistoricalDate.of("1954-02-26"), HistoricalDate.of("1954-02-26"), "Department of the Army", null, null,
                new Citation(roster, "p. 9")));
        deliver(4, new NonRecoverableDesignatedEvent(caseId, designation, HistoricalDate.of("1996"), "DPMO", "flooded",
                null, new Citation(secret, null)));
        deliver(5, new NonRecoverableReopenedEvent(caseId, reopening, HistoricalDate.of("2018"), "K55 boxes", null,
                new Citation(roster, "p. 10")));

        assertThat(entry(read(), finding).cited().title()).isEqualTo("Camp 5 roster");
        assertThat(entry(read(), finding).cited().locator()).isEqualTo("p. 9");
        assertThat(entry(read(), designation).cited().title()).isEqualTo("Interrogation summary");
        assertThat(entry(read(), reopening).cited().locator()).isEqualTo("p. 10");
        assertThat(FamilyHistory.of(read()).entries()).filteredOn(e -> e.kind() == EntryKind.PRESUMPTIVE_FINDING)
                .extracting(FamilyHistory.Entry::cited)
                .containsExactly(new FamilyHistory.Cited(null, "Camp 5 roster", "RG 389, box 12", "p. 9"));
        assertThat(FamilyHistory.of(read()).toString()).doesNotContain("Interrogation", "CIA-0042");
    }

    private void deliver(long sequence, org.fullaccounting.casefile.api.CaseEvent event) {
        CaseScript.deliverOne(new GenericDomainEventMessage<>("CaseFile", caseId.toString(), sequence, event,
                MetaData.with("user", "caseworker")), projection);
    }

    /** The history as CaseHistories composes it: the stored timeline, described by the register. */
    private CaseHistory read() {
        CaseHistory stored = history.applied(caseId).history().orElseThrow();
        SourceQuery.CaseSources register = sources.forCase(caseId, stored.citedSourceIds(), null);
        Map<UUID, SourceFacts> facts = new HashMap<>();
        register.cited().forEach(view -> facts.put(view.sourceId(), facts(view)));
        return stored.withSources(facts, register.links().stream()
                .map(link -> new SourceFacts.Link(facts(link.source()), link.reason(), link.linkedAt())).toList());
    }

    private static SourceFacts facts(SourceView view) {
        return new SourceFacts(view.sourceId(), view.title(), view.archiveReference(), view.date(), view.restricted());
    }

    private static CaseHistory.Entry entry(CaseHistory history, UUID entryId) {
        return history.entries().stream().filter(e -> e.entryId().equals(entryId)).findFirst().orElseThrow();
    }

    private static SourceDescription description(String title, String date, String reference, boolean restricted) {
        return new SourceDescription(DocumentKind.REPORT, title, HistoricalDate.of(date), List.of(), List.of(),
                reference, null, restricted);
    }

    private void source(SourceEvent event) {
        sourceAgain(event, sourceSequences.merge(event.sourceId(), 0L, (a, b) -> a + 1));
    }

    /** Delivers a source's event at this sequence, as the processor would (again, on a replay). */
    private void sourceAgain(SourceEvent event, long sequence) {
        CaseScript.deliverOne(new GenericDomainEventMessage<>("SourceRecord", event.sourceId().toString(), sequence,
                event, MetaData.with("user", "caseworker"), UUID.randomUUID().toString(), START), register);
    }
}
