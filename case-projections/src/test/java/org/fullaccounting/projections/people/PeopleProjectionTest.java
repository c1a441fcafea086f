package org.fullaccounting.projections.people;

import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.people.api.*;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The people read model: succession, contact details, samples, replay safety, and the board's mtDNA coverage. */
class PeopleProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-21T20:00:00Z");

    private final UUID caseId = UUID.randomUUID();
    private final UUID bob = UUID.randomUUID();
    private final UUID bill = UUID.randomUUID();
    private final UUID sample = UUID.randomUUID();

    private JdbcTemplate jdbc;
    private PeopleProjection projection;
    private PeopleQuery query;

    @BeforeEach
    void givenBobPrimaryThenDeadAndBillSucceeding() {
        jdbc = ProjectionDatabase.migrated();
        projection = new PeopleProjection(jdbc);
        query = new PeopleQuery(jdbc);
        projection.on(new PersonAddedEvent(caseId, bob, "Robert (Bob) Dumas", Relationship.BROTHER, null), 0, AT);
        projection.on(new PersonAddedEvent(caseId, bill, "Bill Dumas", Relationship.NEPHEW, null), 1, AT.plusSeconds(1));
        projection.on(new PrimaryNextOfKinNamedEvent(caseId, bob, null, null, "spokesman"), 2);
        projection.on(new PersonDiedEvent(caseId, bob, HistoricalDate.of("2021-02-06"), "Beacon"), 3);
        projection.on(new PrimaryNextOfKinNamedEvent(caseId, bill, bob, HistoricalDate.of("2021-02-06"), "succession"), 4);
    }

    @Test
    void theSuccessorIsThePrimaryFromTheDayOfTheDeath() {
        PersonView primary = query.primary(caseId).orElseThrow();

        assertThat(primary.personId()).isEqualTo(bill);
        assertThat(primary.primarySince()).isEqualTo("2021-02-06");
        PersonView bobNow = query.person(caseId, bob).orElseThrow();
        assertThat(bobNow.primary()).isFalse();
        assertThat(bobNow.diedOn()).isEqualTo("2021-02-06");
        assertThat(query.people(caseId)).extracting(PersonView::name).containsExactly("Robert (Bob) Dumas", "Bill Dumas");
    }

    @Test
    void namingAnotherPrimaryLeavesOnePrimary() {
        UUID niece = UUID.randomUUID();
        projection.on(new PersonAddedEvent(caseId, niece, "A niece", Relationship.NIECE, null), 5, AT.plusSeconds(2));
        projection.on(new PrimaryNextOfKinNamedEvent(caseId, niece, bill, null, "asked"), 6);

        assertThat(query.people(caseId)).filteredOn(PersonView::primary).extracting(PersonView::personId)
                .containsExactly(niece);
    }

    @Test
    void contactDetailsConsentsAndAccountAreKeptAndAnEarlierEventFedAgainChangesNothing() {
        projection.on(new ContactDetailsChangedEvent(caseId, bill, new ContactDetails("1 Main St", "b@x.org", null)), 5);
        projection.on(new ConsentsRecordedEvent(caseId, bill, new Consents(true, false, true), "form"), 6);
        projection.on(new AccountLinkedToPersonEvent(caseId, bill, "bill", "his own"), 7);
        projection.on(new ContactDetailsChangedEvent(caseId, bill, new ContactDetails("old", null, null)), 5);

        PersonView view = query.personOfAccount(caseId, "bill").orElseThrow();
        assertThat(view.contact()).isEqualTo(new ContactDetails("1 Main St", "b@x.org", null));
        assertThat(view.consents()).isEqualTo(new Consents(true, false, true));
        assertThat(view.consentSource()).isEqualTo("form");
        assertThat(query.person(caseId, bob).orElseThrow().consents()).isNull();
    }

    @Test
    void aSampleIsUsableOnceProcessedAndItsTypeCounts() {
        projection.on(new ReferenceSampleRequestedEvent(caseId, sample, bob, SampleType.MTDNA, Line.MATERNAL,
                LocalDate.of(2005, 3, 1)), 5);
        projection.on(new ReferenceSampleReceivedEvent(caseId, sample, LocalDate.of(2005, 4, 1)), 6);
        assertThat(query.usableTypes(caseId)).isEmpty();

        projection.on(new ReferenceSampleProcessedEvent(caseId, sample, LocalDate.of(2005, 5, 1), "L-1"), 7);
        projection.on(new ReferenceSampleReceivedEvent(caseId, sample, LocalDate.of(2005, 4, 1)), 6);

        SampleView view = query.samples(caseId).get(0);
        assertThat(view.usable()).isTrue();
        assertThat(view.donorName()).isEqualTo("Robert (Bob) Dumas");
        assertThat(view.labReference()).isEqualTo("L-1");
        assertThat(query.usableTypes(caseId)).containsExactly(SampleType.MTDNA);
    }

    @Test
    void theBoardCountsOpenCasesWithAUsableMtDnaReferenceAndListsTheOthers() {
        openCaseHeader(caseId, "PRISONER_OF_WAR");
        ReferenceCoverage before = query.coverage();
        assertThat(listedWithoutMtDna(caseId)).isTrue();

        projection.on(new ReferenceSampleRequestedEvent(caseId, sample, bob, SampleType.MTDNA, Line.MATERNAL,
                LocalDate.of(2005, 3, 1)), 5);
        projection.on(new ReferenceSampleReceivedEvent(caseId, sample, LocalDate.of(2005, 4, 1)), 6);
        projection.on(new ReferenceSampleProcessedEvent(caseId, sample, LocalDate.of(2005, 5, 1), "L-1"), 7);

        ReferenceCoverage after = query.coverage();
        assertThat(after.openCases()).isEqualTo(before.openCases());
        assertThat(after.withUsableMtDna()).isEqualTo(before.withUsableMtDna() + 1);
        assertThat(listedWithoutMtDna(caseId)).isFalse();
    }

    @Test
    void anAccountedForCaseIsNotOpen() {
        UUID accounted = UUID.randomUUID();
        ReferenceCoverage before = query.coverage();
        openCaseHeader(accounted, "ACCOUNTED_FOR");

        assertThat(query.coverage().openCases()).isEqualTo(before.openCases());
        assertThat(listedWithoutMtDna(accounted)).isFalse();
    }

    @Test
    void theShareIsRoundedToOneDecimalAndZeroWithoutOpenCases() {
        assertThat(ReferenceCoverage.of(3, 1).sharePercent()).isEqualTo(33.3);
        assertThat(ReferenceCoverage.of(0, 0).sharePercent()).isZero();
    }

    private boolean listedWithoutMtDna(UUID id) {
        long total = query.withoutMtDna(0, 1).total();
        return query.withoutMtDna(0, (int) Math.max(total, 1)).items().stream().anyMatch(c -> c.caseId().equals(id));
    }

    private void openCaseHeader(UUID id, String status) {
        jdbc.update("INSERT INTO case_header (case_id, service_number, family_name, given_name, status, last_seen_alive,"
                + " counts, retracted_entries, last_sequence) VALUES (?, ?, 'Dumas', 'Roger', ?, false, '{}'::jsonb, 0, 0)",
                id, "RA" + id.toString().substring(0, 8), status);
    }
}
