package org.fullaccounting.projections.validity;

import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.RecordedEvent;
import org.fullaccounting.projections.history.Timeline;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.api.HistoricalDate.of;

/** The Dumas story, recorded in 2026 in an order of its own, read as it stood in the world. */
class ValidAtTest {

    private static final UUID CASE = id("case");
    private static final Instant RECORDED = Instant.parse("2026-03-01T09:00:00Z");

    private final List<RecordedEvent> events = new ArrayList<>();

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    private ValidAtTest record(CaseEvent event) {
        events.add(new RecordedEvent(event, events.size(), RECORDED.plusSeconds(events.size()), "caseworker"));
        return this;
    }

    private ValidAtTest opened() {
        return record(new CaseOpenedEvent(CASE, "SAMPLE-0001", new PersonName("Dumas", "Roger", "A."), "Corporal",
                Branch.ARMY, null, of("1950-11-04"), "near the Yalu River", null, CaseStatus.MISSING_IN_ACTION,
                "petition"));
    }

    private ValidAtTest foundPresumedDead() {
        return record(new PresumptiveFindingOfDeathMadeEvent(CASE, id("finding"), CaseStatus.MISSING_IN_ACTION,
                of("1954-02-26"), of("1954-02-26"), "Department of the Army", null, "The Day, 2018"));
    }

    private ValidAtTest reclassifiedByTheCourt(String on) {
        return record(new StatusReclassifiedEvent(CASE, id("court-" + on), CaseStatus.MISSING_PRESUMED_DEAD,
                CaseStatus.PRISONER_OF_WAR, of(on), "U.S. federal court", null, "petition"));
    }

    private CaseStatus statusOn(String day) {
        return ValidAt.fold(events, LocalDate.parse(day)).status();
    }

    @Test
    void beforeTheLossTheCaseHasNoStatus() {
        opened();
        assertThat(statusOn("1950-11-03")).isNull();
        assertThat(statusOn("1950-11-04")).isEqualTo(CaseStatus.MISSING_IN_ACTION);
    }

    @Test
    void in1970HeWasPresumedDeadAndAfterTheCourtOrderAPrisonerOfWar() {
        opened().foundPresumedDead().reclassifiedByTheCourt("1983");

        assertThat(statusOn("1954-02-25")).isEqualTo(CaseStatus.MISSING_IN_ACTION);
        assertThat(statusOn("1954-02-26")).isEqualTo(CaseStatus.MISSING_PRESUMED_DEAD);
        assertThat(statusOn("1970-01-01")).isEqualTo(CaseStatus.MISSING_PRESUMED_DEAD);
        assertThat(statusOn("1982-12-31")).isEqualTo(CaseStatus.MISSING_PRESUMED_DEAD);
        assertThat(statusOn("1983-01-01")).isEqualTo(CaseStatus.PRISONER_OF_WAR);
    }

    @Test
    void entriesApplyInWorldOrderWhateverOrderTheyWereRecordedIn() {
        opened().reclassifiedByTheCourt("1983");
        record(new StatusReclassifiedEvent(CASE, id("late-entered-1954"), CaseStatus.PRISONER_OF_WAR,
                CaseStatus.MISSING_PRESUMED_DEAD, of("1954-02-26"), "Department of the Army", null, "file"));

        assertThat(statusOn("1970-01-01")).isEqualTo(CaseStatus.MISSING_PRESUMED_DEAD);
        assertThat(statusOn("1990-01-01")).isEqualTo(CaseStatus.PRISONER_OF_WAR);
    }

    @Test
    void entriesOfTheSameDayApplyInRecordingOrder() {
        opened();
        record(new StatusReclassifiedEvent(CASE, id("first"), CaseStatus.MISSING_IN_ACTION,
                CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, of("1951-06-01"), "board", null, "file"));
        record(new StatusReclassifiedEvent(CASE, id("second"), CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED,
                CaseStatus.PRISONER_OF_WAR, of("1951-06"), "board", null, "file"));

        // "1951-06" and "1951-06-01" hold from the same day: the later recorded wins
        assertThat(statusOn("1951-06-01")).isEqualTo(CaseStatus.PRISONER_OF_WAR);
    }

    @Test
    void aRangeHoldsFromItsFirstDay() {
        opened();
        record(new StatusReclassifiedEvent(CASE, id("big-switch"), CaseStatus.MISSING_IN_ACTION,
                CaseStatus.REPATRIATED, of("1953-08-05/1953-09-06"), "UNC", null, "list"));

        assertThat(statusOn("1953-08-04")).isEqualTo(CaseStatus.MISSING_IN_ACTION);
        assertThat(statusOn("1953-08-05")).isEqualTo(CaseStatus.REPATRIATED);
    }

    @Test
    void aRetractedEntryNeverHolds() {
        opened().foundPresumedDead().reclassifiedByTheCourt("1983");
        record(new StatusReclassifiedEvent(CASE, id("mistake"), CaseStatus.PRISONER_OF_WAR,
                CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, of("1951"), "clerk", null, "wrong file"));
        record(new EntryRetractedEvent(CASE, id("retraction"), id("mistake"), EntryKind.RECLASSIFICATION,
                "wrong case", CaseStatus.PRISONER_OF_WAR, null));

        InForce in1952 = ValidAt.fold(events, LocalDate.of(1952, 1, 1));
        assertThat(in1952.status()).isEqualTo(CaseStatus.MISSING_IN_ACTION);
        assertThat(in1952.retracted()).isEqualTo(1);
    }

    @Test
    void theNonRecoverableDesignationHoldsFromItsDateUntilItIsReopened() {
        opened();
        record(new NonRecoverableDesignatedEvent(CASE, id("nr"), of("1996"), "analysts", "flooded", "memo"));
        record(new NonRecoverableReopenedEvent(CASE, id("reopened"), of("2018-07"), "K55 boxes", "notice"));

        assertThat(ValidAt.fold(events, LocalDate.of(1995, 12, 31)).nonRecoverable()).isFalse();
        assertThat(ValidAt.fold(events, LocalDate.of(2000, 1, 1)).nonRecoverable()).isTrue();
        assertThat(ValidAt.fold(events, LocalDate.of(2018, 7, 1)).nonRecoverable()).isFalse();
    }

    @Test
    void anUndatedDesignationHoldsFromTheDayItWasRecorded() {
        opened();
        record(new LastSeenAliveDesignatedEvent(CASE, id("lsa"), "Last Seen Alive list", null));

        assertThat(ValidAt.fold(events, LocalDate.of(1970, 1, 1)).lastSeenAlive()).isFalse();
        assertThat(ValidAt.fold(events, LocalDate.of(2026, 3, 1)).lastSeenAlive()).isTrue();
    }

    @Test
    void countsAreOfTheEntriesThatHeldByThen() {
        opened().foundPresumedDead().reclassifiedByTheCourt("1983");

        assertThat(ValidAt.fold(events, LocalDate.of(1970, 1, 1)).counts())
                .containsEntry(EntryKind.CASE_OPENED, 1)
                .containsEntry(EntryKind.PRESUMPTIVE_FINDING, 1)
                .doesNotContainKey(EntryKind.RECLASSIFICATION);
    }

    @Test
    void theHistoryAtADateLeavesOutWhatCameLaterAndKeepsItsOrder() {
        opened().reclassifiedByTheCourt("1983").foundPresumedDead();
        record(new NoteAddedEvent(CASE, id("note"), "recorded in 2026"));
        CaseHistory history = Timeline.fold(CASE, null, events);

        CaseHistory in1970 = ValidAt.history(history, LocalDate.of(1970, 1, 1));

        assertThat(in1970.validAt()).isEqualTo(LocalDate.of(1970, 1, 1));
        assertThat(in1970.version()).isEqualTo(history.version());
        assertThat(in1970.entries()).extracting(CaseHistory.Entry::kind)
                .containsExactly(EntryKind.CASE_OPENED, EntryKind.PRESUMPTIVE_FINDING);
    }
}
