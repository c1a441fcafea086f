package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.Words;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.fullaccounting.projections.Words.present;

/**
 * Turns each event into its history row, in plain language. Events carry everything a reader
 * needs, so no lookup is made: the same code serves the stored history and the history as of a
 * past instant.
 */
public final class HistoryRows {

    private HistoryRows() {
    }

    /** The event's row; {@code sequence}, {@code recordedAt} and {@code recordedBy} come from its message. */
    public static HistoryRow of(CaseEvent event, long sequence, Instant recordedAt, String recordedBy) {
        Row row = new Row(event, sequence, recordedAt, recordedBy);
        if (event instanceof CaseOpenedEvent) {
            CaseOpenedEvent e = (CaseOpenedEvent) event;
            return row.kind(EntryKind.CASE_OPENED).on(e.lossDate()).source(e.source()).text(opened(e));
        }
        if (event instanceof CaptivityFactRecordedEvent) {
            CaptivityFactRecordedEvent e = (CaptivityFactRecordedEvent) event;
            return row.kind(EntryKind.CAPTIVITY_FACT).on(e.on()).source(e.source()).text(captivity(e));
        }
        if (event instanceof SightingReportedEvent) {
            SightingReportedEvent e = (SightingReportedEvent) event;
            // An intelligence report is itself restricted for families. Every sighting keeps its witness
            // with its source, not in its text, so a family's view can leave both out (FamilyHistory).
            return row.kind(EntryKind.SIGHTING).on(e.observedOn()).source(sightingSource(e))
                    .restricted(e.sourceKind() == SourceKind.INTELLIGENCE_REPORT).text(sighting(e));
        }
        if (event instanceof SightingAssessedEvent) {
            SightingAssessedEvent e = (SightingAssessedEvent) event;
            return row.kind(EntryKind.ASSESSMENT).refersTo(e.sightingId()).reason(e.reason())
                    .text("Sighting assessed as " + Words.of(e.assessment())
                            + (e.previousAssessment() == null ? "" : " (previously " + Words.of(e.previousAssessment()) + ")")
                            + ": " + e.reason());
        }
        if (event instanceof StatusReclassifiedEvent) {
            StatusReclassifiedEvent e = (StatusReclassifiedEvent) event;
            return row.kind(EntryKind.RECLASSIFICATION).on(e.effectiveOn()).source(e.source()).reason(e.reason())
                    .text("Status changed from " + Words.status(e.from()) + " to " + Words.status(e.to())
                            + (e.effectiveOn() == null ? "" : ", effective " + e.effectiveOn().value())
                            + ", by " + e.authority() + "." + sentence(e.reason()));
        }
        if (event instanceof PresumptiveFindingOfDeathMadeEvent) {
            PresumptiveFindingOfDeathMadeEvent e = (PresumptiveFindingOfDeathMadeEvent) event;
            return row.kind(EntryKind.PRESUMPTIVE_FINDING).on(e.foundOn()).source(e.source()).reason(e.reason())
                    .text("Presumptive finding of death by " + e.authority() + " on " + e.foundOn().value()
                            + ", presuming death on " + e.presumedDeathOn().value() + "; status changed from "
                            + Words.status(e.from()) + " to " + Words.status(CaseStatus.MISSING_PRESUMED_DEAD) + "."
                            + sentence(e.reason()));
        }
        if (event instanceof NonRecoverableDesignatedEvent) {
            NonRecoverableDesignatedEvent e = (NonRecoverableDesignatedEvent) event;
            return row.kind(EntryKind.NON_RECOVERABLE).on(e.designatedOn()).source(e.source()).reason(e.reason())
                    .text("Designated non-recoverable" + (present(e.authority()) ? " by " + e.authority() : "")
                            + ", as of " + e.designatedOn().value() + "." + sentence(e.reason()));
        }
        if (event instanceof NonRecoverableReopenedEvent) {
            NonRecoverableReopenedEvent e = (NonRecoverableReopenedEvent) event;
            return row.kind(EntryKind.NON_RECOVERABLE).on(e.reopenedOn()).source(e.source()).reason(e.reason())
                    .text("Non-recoverable designation reopened, as of " + e.reopenedOn().value() + "."
                            + sentence(e.reason()));
        }
        if (event instanceof CorrespondenceLoggedEvent) {
            CorrespondenceLoggedEvent e = (CorrespondenceLoggedEvent) event;
            return row.kind(EntryKind.CORRESPONDENCE).on(e.date()).source(e.documentRef())
                    .restricted(e.restricted()).text(correspondence(e));
        }
        if (event instanceof LastSeenAliveDesignatedEvent) {
            LastSeenAliveDesignatedEvent e = (LastSeenAliveDesignatedEvent) event;
            return row.kind(EntryKind.LAST_SEEN_ALIVE).source(e.source()).reason(e.reason())
                    .text("Put on the Last Seen Alive list." + sentence(e.reason()));
        }
        if (event instanceof LastSeenAliveRemovedEvent) {
            LastSeenAliveRemovedEvent e = (LastSeenAliveRemovedEvent) event;
            return row.kind(EntryKind.LAST_SEEN_ALIVE).source(e.source()).reason(e.reason())
                    .text("Taken off the Last Seen Alive list." + sentence(e.reason()));
        }
        if (event instanceof RemainsRecoveredEvent) {
            RemainsRecoveredEvent e = (RemainsRecoveredEvent) event;
            return row.kind(EntryKind.REMAINS_RECOVERED).on(e.recoveredOn()).source(e.source())
                    .text("Remains recovered" + (present(e.place()) ? " at " + e.place() : "")
                            + (present(e.operation()) ? " (" + e.operation() + ")" : "") + ".");
        }
        if (event instanceof RemainsIdentifiedEvent) {
            RemainsIdentifiedEvent e = (RemainsIdentifiedEvent) event;
            return row.kind(EntryKind.REMAINS_IDENTIFIED).on(e.identifiedOn()).source(e.source())
                    .text("Remains identified (" + Words.of(e.method()) + ")"
                            + (e.accession() == null ? "" : " in accession " + e.accession().name())
                            + "; status changed from " + Words.status(e.previousStatus()) + " to accounted for.");
        }
        if (event instanceof AccessionCandidacyRecordedEvent) {
            // The reason may name the accession's other candidates: kept out of the text, which a family
            // reads (FamilyPolicy); staff read it on the accession's page.
            AccessionCandidacyRecordedEvent e = (AccessionCandidacyRecordedEvent) event;
            return row.kind(EntryKind.ACCESSION_CANDIDACY).on(e.receivedOn()).reason(e.reason())
                    .text("Considered for identification among the remains of accession " + e.accession().name()
                            + ", received " + e.receivedOn().value() + ".");
        }
        if (event instanceof AccessionExclusionRecordedEvent) {
            AccessionExclusionRecordedEvent e = (AccessionExclusionRecordedEvent) event;
            return row.kind(EntryKind.ACCESSION_EXCLUSION).reason(e.reason())
                    .text("Ruled out of accession " + e.accession().name() + "." + sentence(e.reason()));
        }
        if (event instanceof NoteAddedEvent) {
            // Notes are internal (GLOSSARY: families never see internal notes).
            return row.kind(EntryKind.NOTE).restricted(true).text("Note: " + ((NoteAddedEvent) event).text());
        }
        if (event instanceof EntryRetractedEvent) {
            EntryRetractedEvent e = (EntryRetractedEvent) event;
            return row.kind(EntryKind.RETRACTION).refersTo(e.retractedEntryId()).reason(e.reason())
                    .text("Retracted the " + Words.of(e.retractedKind()) + " entry: " + e.reason());
        }
        if (event instanceof EntryCorrectedEvent) {
            EntryCorrectedEvent e = (EntryCorrectedEvent) event;
            return row.kind(EntryKind.CORRECTION).refersTo(e.correctedEntryId()).source(e.source())
                    .field(e.field(), e.value()).reason(e.reason())
                    .text("Another source gives " + e.field() + " as \"" + e.value() + "\"." + sentence(e.reason()));
        }
        if (event instanceof FamilyMemberLinkedEvent) {
            FamilyMemberLinkedEvent e = (FamilyMemberLinkedEvent) event;
            return row.kind(EntryKind.FAMILY_LINK).restricted(true).reason(e.reason())
                    .text("Family account " + e.username() + " given access to the case." + sentence(e.reason()));
        }
        if (event instanceof FamilyMemberUnlinkedEvent) {
            FamilyMemberUnlinkedEvent e = (FamilyMemberUnlinkedEvent) event;
            return row.kind(EntryKind.FAMILY_LINK).restricted(true).reason(e.reason())
                    .text("Family account " + e.username() + " no longer has access to the case." + sentence(e.reason()));
        }
        if (event instanceof AddedToListEvent) {
            AddedToListEvent e = (AddedToListEvent) event;
            return row.kind(EntryKind.LIST_MEMBERSHIP).on(e.list().date()).source(e.source()).reason(e.reason())
                    .cites(cited(e.sourceId())).text("Added to the " + edition(e.list()) + ".");
        }
        if (event instanceof RemovedFromListEvent) {
            RemovedFromListEvent e = (RemovedFromListEvent) event;
            return row.kind(EntryKind.LIST_MEMBERSHIP).on(e.list().date()).source(e.source()).reason(e.reason())
                    .cites(cited(e.sourceId())).text("Removed from the " + edition(e.list()) + ".");
        }
        if (event instanceof FindingAppliedEvent) {
            FindingAppliedEvent e = (FindingAppliedEvent) event;
            Finding f = e.finding();
            return row.kind(EntryKind.FINDING).on(f.date()).source(f.source())
                    .text("Finding: " + f.title().trim() + ", by " + f.by().trim()
                            + (f.date() == null ? "" : ", " + f.date().value())
                            + (f.to() == null ? "." : "; status changed from " + Words.status(e.from()) + " to "
                            + Words.status(f.to()) + "."));
        }
        throw new IllegalArgumentException("no history row for " + event.getClass().getSimpleName());
    }

    private static String opened(CaseOpenedEvent e) {
        List<String> parts = new ArrayList<>();
        parts.add("Case opened for " + (present(e.rank()) ? e.rank() + " " : "") + e.name().display()
                + " (" + Words.of(e.branch()) + ", service number " + e.serviceNumber()
                + (present(e.unit()) ? ", " + e.unit() : "") + ").");
        if (e.lossDate() != null || present(e.lossPlace())) {
            parts.add("Lost" + (e.lossDate() == null ? "" : " " + e.lossDate().value())
                    + (present(e.lossPlace()) ? " " + e.lossPlace() : "") + ".");
        }
        if (present(e.circumstances())) {
            String circumstances = e.circumstances().trim();
            parts.add(circumstances.matches(".*[.!?\"')]$") ? circumstances : circumstances + ".");
        }
        parts.add("Status: " + Words.status(e.status()) + ".");
        return String.join(" ", parts);
    }

    private static String captivity(CaptivityFactRecordedEvent e) {
        switch (e.kind()) {
            case CAPTURED:
                return "Captured " + e.place() + (present(e.by()) ? " by " + e.by() : "") + ".";
            case INTERNED:
                return "Held in " + e.camp() + (present(e.place()) ? ", " + e.place() : "") + ".";
            case TRANSFERRED:
                return "Transferred to " + e.destination() + (present(e.place()) ? " from " + e.place() : "") + ".";
            default:
                throw new IllegalStateException("unhandled captivity fact " + e.kind());
        }
    }

    private static String sightingSource(SightingReportedEvent e) {
        String source = present(e.source()) ? e.source() : null;
        return present(e.witness()) ? "Witness: " + e.witness() + "." + (source == null ? "" : " " + source) : source;
    }

    private static String sighting(SightingReportedEvent e) {
        return "Sighting reported by a " + Words.of(e.sourceKind()) + " source"
                + (present(e.place()) ? ", seen at " + e.place() : "")
                + (e.observedOn() == null ? "" : ", observed " + e.observedOn().value())
                + (e.reportedOn() == null ? "" : ", reported " + e.reportedOn().value())
                + ": " + e.description().trim();
    }

    private static String correspondence(CorrespondenceLoggedEvent e) {
        String kind = Words.of(e.kind());
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1) + " (" + Words.of(e.direction()) + ")"
                + (present(e.from()) ? " from " + e.from() : "") + (present(e.to()) ? " to " + e.to() : "")
                + ": \"" + e.subject() + "\"." + sentence(e.summary());
    }

    /** "Last Seen Alive list (DPMO, version 1 of 2008-08-22)": the list as it stood then, nothing of its other members. */
    static String edition(ListEdition list) {
        return list.name().trim() + " list (" + list.keeper().trim() + ", version " + list.version().trim()
                + (list.date() == null ? "" : " of " + list.date().value()) + ")";
    }

    /** A list membership names its registered source by id alone: a citation without a locator. */
    private static Citation cited(java.util.UUID sourceId) {
        return sourceId == null ? null : new Citation(sourceId, null);
    }

    private static String sentence(String text) {
        return present(text) ? " " + text.trim() : "";
    }

    /** A small builder so each case above reads as one line of intent. */
    private static final class Row {
        private final CaseEvent event;
        private final long sequence;
        private final Instant recordedAt;
        private final String recordedBy;
        private EntryKind kind;
        private String happenedOn;
        private String source;
        private boolean restricted;
        private java.util.UUID refersTo;
        private String field;
        private String value;
        private String reason;
        private Citation citation;

        Row(CaseEvent event, long sequence, Instant recordedAt, String recordedBy) {
            this.event = event;
            this.sequence = sequence;
            this.recordedAt = recordedAt;
            this.recordedBy = recordedBy;
            this.citation = event.citation();
        }

        Row kind(EntryKind kind) {
            this.kind = kind;
            return this;
        }

        Row on(HistoricalDate date) {
            this.happenedOn = date == null ? null : date.value();
            return this;
        }

        Row source(String source) {
            this.source = source;
            return this;
        }

        Row restricted(boolean restricted) {
            this.restricted = restricted;
            return this;
        }

        Row refersTo(java.util.UUID entryId) {
            this.refersTo = entryId;
            return this;
        }

        Row field(String field, String value) {
            this.field = field;
            this.value = value;
            return this;
        }

        Row reason(String reason) {
            this.reason = reason;
            return this;
        }

        /** For an event that names its registered source otherwise than by {@link CaseEvent#citation()}. */
        Row cites(Citation citation) {
            this.citation = citation;
            return this;
        }

        HistoryRow text(String text) {
            return new HistoryRow(event.entryId(), event.caseId(), sequence, kind, happenedOn, text, source,
                    restricted, refersTo, field, value, reason, recordedAt, recordedBy, null, citation);
        }
    }
}
