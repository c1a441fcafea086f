package org.fullaccounting.casefile;

import org.fullaccounting.casefile.CaseFixtures.Defaults;
import org.fullaccounting.casefile.api.AddNoteCommand;
import org.fullaccounting.casefile.api.AssessSightingCommand;
import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.CaptivityFactKind;
import org.fullaccounting.casefile.api.CaptivityFactRecordedEvent;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.CorrectEntryCommand;
import org.fullaccounting.casefile.api.CorrespondenceKind;
import org.fullaccounting.casefile.api.CorrespondenceLoggedEvent;
import org.fullaccounting.casefile.api.DesignateLastSeenAliveCommand;
import org.fullaccounting.casefile.api.Direction;
import org.fullaccounting.casefile.api.EntryCorrectedEvent;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.casefile.api.IdentificationMethod;
import org.fullaccounting.casefile.api.LastSeenAliveDesignatedEvent;
import org.fullaccounting.casefile.api.LastSeenAliveRemovedEvent;
import org.fullaccounting.casefile.api.LogCorrespondenceCommand;
import org.fullaccounting.casefile.api.NoteAddedEvent;
import org.fullaccounting.casefile.api.ReclassifyStatusCommand;
import org.fullaccounting.casefile.api.RecordCaptivityFactCommand;
import org.fullaccounting.casefile.api.RecordRemainsIdentifiedCommand;
import org.fullaccounting.casefile.api.RecordRemainsRecoveredCommand;
import org.fullaccounting.casefile.api.RemainsIdentifiedEvent;
import org.fullaccounting.casefile.api.RemainsRecoveredEvent;
import org.fullaccounting.casefile.api.RemoveLastSeenAliveCommand;
import org.fullaccounting.casefile.api.ReportSightingCommand;
import org.fullaccounting.casefile.api.RetractEntryCommand;
import org.fullaccounting.casefile.api.SightingAssessedEvent;
import org.fullaccounting.casefile.api.SightingReportedEvent;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.casefile.api.StatusReclassifiedEvent;

import java.util.UUID;

import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.date;
import static org.fullaccounting.casefile.CaseFixtures.entryId;

/**
 * One builder per kind of entry, each with Dumas-like defaults and a pinned entry id. A builder
 * gives the command and the event that command should produce; values the case derives from its
 * own state (the status replaced, the previous assessment) are passed to {@code event(...)}.
 */
final class EntryFixtures {

    static final UUID CAPTIVITY_FACT_ID = entryId(1);
    static final UUID SIGHTING_ID = entryId(2);
    static final UUID ASSESSMENT_ID = entryId(3);
    static final UUID RECLASSIFICATION_ID = entryId(4);
    static final UUID CORRESPONDENCE_ID = entryId(5);
    static final UUID DESIGNATION_ID = entryId(6);
    static final UUID REMOVAL_ID = entryId(7);
    static final UUID RECOVERY_ID = entryId(8);
    static final UUID IDENTIFICATION_ID = entryId(9);
    static final UUID NOTE_ID = entryId(10);
    static final UUID RETRACTION_ID = entryId(11);
    static final UUID CORRECTION_ID = entryId(12);

    private EntryFixtures() {
    }

    static CaptivityFact capture() {
        return new CaptivityFact();
    }

    static CaptivityFact internment() {
        return new CaptivityFact().with(f -> {
            f.kind = CaptivityFactKind.INTERNED;
            f.on = "1951";
            f.place = null;
            f.by = null;
            f.camp = "Camp 5, Pyoktong";
        });
    }

    static CaptivityFact transfer() {
        return new CaptivityFact().with(f -> {
            f.kind = CaptivityFactKind.TRANSFERRED;
            f.on = "circa 1953";
            f.place = null;
            f.by = "Chinese guards";
            f.destination = "China";
        });
    }

    static Sighting sighting() {
        return new Sighting();
    }

    static SightingAssessment assessment() {
        return new SightingAssessment();
    }

    static Reclassification reclassification() {
        return new Reclassification();
    }

    static Correspondence correspondence() {
        return new Correspondence();
    }

    static Designation designation() {
        return new Designation();
    }

    static Removal removal() {
        return new Removal();
    }

    static Recovery recovery() {
        return new Recovery();
    }

    static Identification identification() {
        return new Identification();
    }

    static Note note() {
        return new Note();
    }

    static Retraction retractionOf(UUID retractedEntryId) {
        return new Retraction().with(r -> r.retractedEntryId = retractedEntryId);
    }

    static Correction correctionOf(UUID correctedEntryId) {
        return new Correction().with(c -> c.correctedEntryId = correctedEntryId);
    }

    static final class CaptivityFact extends Defaults<CaptivityFact> {
        UUID entryId = CAPTIVITY_FACT_ID;
        CaptivityFactKind kind = CaptivityFactKind.CAPTURED;
        String on = "1950-11-04";
        String place = "near the Yalu River";
        String by = "Chinese and DPRK forces";
        String camp;
        String destination;
        String source = "family petition, Korean War POW/MIA Peace Treaty Initiative";

        RecordCaptivityFactCommand command() {
            return new RecordCaptivityFactCommand(CASE_ID, entryId, kind, date(on), place, by, camp, destination,
                    source, null);
        }

        CaptivityFactRecordedEvent event() {
            return new CaptivityFactRecordedEvent(CASE_ID, entryId, kind, date(on), place, by, camp, destination,
                    source);
        }
    }

    /** Serban Oprica's report: seen in 1979, reported in 1982. */
    static final class Sighting extends Defaults<Sighting> {
        UUID entryId = SIGHTING_ID;
        String observedOn = "1979";
        String reportedOn = "1982";
        String place = "a collective farm near Pyongyang";
        SourceKind sourceKind = SourceKind.FOREIGN_NATIONAL;
        String witness = "Serban Oprica";
        String description = "as many as 50 American POWs working on a collective farm";
        String source = "Romanian engineer's statement, 1982";

        ReportSightingCommand command() {
            return new ReportSightingCommand(CASE_ID, entryId, date(observedOn), date(reportedOn), place, sourceKind,
                    witness, description, source, null);
        }

        SightingReportedEvent event() {
            return new SightingReportedEvent(CASE_ID, entryId, date(observedOn), date(reportedOn), place, sourceKind,
                    witness, description, source);
        }
    }

    static final class SightingAssessment extends Defaults<SightingAssessment> {
        UUID entryId = ASSESSMENT_ID;
        UUID sightingId = SIGHTING_ID;
        Assessment assessment = Assessment.UNRESOLVED;
        String reason = "the farm could not be located";

        AssessSightingCommand command() {
            return new AssessSightingCommand(CASE_ID, entryId, sightingId, assessment, reason, null);
        }

        SightingAssessedEvent event(Assessment previous) {
            return new SightingAssessedEvent(CASE_ID, entryId, sightingId, assessment, previous, reason);
        }
    }

    /** The court-ordered reclassification from Missing, Presumed Dead to Prisoner of War. */
    static final class Reclassification extends Defaults<Reclassification> {
        UUID entryId = RECLASSIFICATION_ID;
        CaseStatus to = CaseStatus.PRISONER_OF_WAR;
        String effectiveOn = "1983";
        String authority = "U.S. District Court";
        String reason = "order to the Secretary of the Army";
        String source = "family petition, timeline";

        ReclassifyStatusCommand command() {
            return new ReclassifyStatusCommand(CASE_ID, entryId, to, date(effectiveOn), authority, reason, source,
                    null);
        }

        StatusReclassifiedEvent event(CaseStatus from) {
            return new StatusReclassifiedEvent(CASE_ID, entryId, from, to, date(effectiveOn), authority, reason,
                    source);
        }
    }

    static final class Correspondence extends Defaults<Correspondence> {
        UUID entryId = CORRESPONDENCE_ID;
        String date = "1985";
        CorrespondenceKind kind = CorrespondenceKind.PHONE_CALL;
        Direction direction = Direction.THIRD_PARTY;
        String from = "Amb. Pak Gil Yon";
        String to = "Bob Dumas";
        String subject = "negotiating the POW/MIA issue";
        String summary = "invitation to meet at the DPRK mission in New York";
        String documentRef = "recording, Dumas family papers";
        boolean restricted;

        LogCorrespondenceCommand command() {
            return new LogCorrespondenceCommand(CASE_ID, entryId, date(date), kind, direction, from, to, subject,
                    summary, documentRef, restricted, null);
        }

        CorrespondenceLoggedEvent event() {
            return new CorrespondenceLoggedEvent(CASE_ID, entryId, date(date), kind, direction, from, to, subject,
                    summary, documentRef, restricted);
        }
    }

    static final class Designation extends Defaults<Designation> {
        UUID entryId = DESIGNATION_ID;
        String source = "Last Seen Alive list (2,058 names)";
        String reason = "seen led away by Chinese guards during Operation Big Switch";

        DesignateLastSeenAliveCommand command() {
            return new DesignateLastSeenAliveCommand(CASE_ID, entryId, source, reason, null);
        }

        LastSeenAliveDesignatedEvent event() {
            return new LastSeenAliveDesignatedEvent(CASE_ID, entryId, source, reason);
        }
    }

    static final class Removal extends Defaults<Removal> {
        UUID entryId = REMOVAL_ID;
        String source = "Last Seen Alive list, revised edition";
        String reason = "name entered under the wrong service number";

        RemoveLastSeenAliveCommand command() {
            return new RemoveLastSeenAliveCommand(CASE_ID, entryId, source, reason, null);
        }

        LastSeenAliveRemovedEvent event() {
            return new LastSeenAliveRemovedEvent(CASE_ID, entryId, source, reason);
        }
    }

    static final class Recovery extends Defaults<Recovery> {
        UUID entryId = RECOVERY_ID;
        String recoveredOn = "1992";
        String place = "Unsan County";
        String operation = "K208";
        String source = "DPRK turnover record";

        RecordRemainsRecoveredCommand command() {
            return new RecordRemainsRecoveredCommand(CASE_ID, entryId, date(recoveredOn), place, operation, source,
                    null);
        }

        RemainsRecoveredEvent event() {
            return new RemainsRecoveredEvent(CASE_ID, entryId, date(recoveredOn), place, operation, source);
        }
    }

    static final class Identification extends Defaults<Identification> {
        UUID entryId = IDENTIFICATION_ID;
        String identifiedOn = "2019-06";
        IdentificationMethod method = IdentificationMethod.MTDNA;
        String source = "DPAA identification memorandum";

        RecordRemainsIdentifiedCommand command() {
            return new RecordRemainsIdentifiedCommand(CASE_ID, entryId, date(identifiedOn), method, source, null);
        }

        RemainsIdentifiedEvent event(CaseStatus previousStatus) {
            return new RemainsIdentifiedEvent(CASE_ID, entryId, date(identifiedOn), method, previousStatus, source);
        }
    }

    static final class Note extends Defaults<Note> {
        UUID entryId = NOTE_ID;
        String text = "the family asked for copies of the 1985 call recordings";
        Long expectedVersion;

        AddNoteCommand command() {
            return new AddNoteCommand(CASE_ID, entryId, text, expectedVersion);
        }

        NoteAddedEvent event() {
            return new NoteAddedEvent(CASE_ID, entryId, text);
        }
    }

    static final class Retraction extends Defaults<Retraction> {
        UUID entryId = RETRACTION_ID;
        UUID retractedEntryId;
        String reason = "entered on the wrong case";

        RetractEntryCommand command() {
            return new RetractEntryCommand(CASE_ID, entryId, retractedEntryId, reason, null);
        }

        /** The retraction of an entry that changed neither the status nor the designation. */
        EntryRetractedEvent event(EntryKind retractedKind) {
            return event(retractedKind, null, null);
        }

        EntryRetractedEvent event(EntryKind retractedKind, CaseStatus restoredStatus, Boolean restoredLastSeenAlive) {
            return new EntryRetractedEvent(CASE_ID, entryId, retractedEntryId, retractedKind, reason, restoredStatus,
                    restoredLastSeenAlive);
        }
    }

    /** Sources disagree on where Dumas was captured: near the Yalu by one, near Anju by another. */
    static final class Correction extends Defaults<Correction> {
        UUID entryId = CORRECTION_ID;
        UUID correctedEntryId;
        String field = "place";
        String value = "near Anju";
        String reason = "a returnee places the capture near Anju";
        String source = "returnee debrief, 1953";

        CorrectEntryCommand command() {
            return new CorrectEntryCommand(CASE_ID, entryId, correctedEntryId, field, value, reason, source, null);
        }

        EntryCorrectedEvent event(EntryKind correctedKind) {
            return new EntryCorrectedEvent(CASE_ID, entryId, correctedEntryId, correctedKind, field, value, reason,
                    source);
        }
    }
}
