package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.EntryKind;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a case as the history keeps it: what happened in plain words, when it happened as
 * the source gives it, when and by whom it was recorded, the source cited. {@code refersTo} is the
 * entry a correction, retraction or assessment is about; {@code retraction} is set once the entry
 * itself has been retracted; {@code citation} the registered source the entry cites, if any.
 */
public record HistoryRow(
        UUID entryId,
        UUID caseId,
        long sequence,
        EntryKind kind,
        String happenedOn,
        String text,
        String source,
        boolean restricted,
        UUID refersTo,
        String field,
        String value,
        String reason,
        Instant recordedAt,
        String recordedBy,
        Retraction retraction,
        Citation citation) {

    public HistoryRow(UUID entryId, UUID caseId, long sequence, EntryKind kind, String happenedOn, String text,
                      String source, boolean restricted, UUID refersTo, String field, String value, String reason,
                      Instant recordedAt, String recordedBy, Retraction retraction) {
        this(entryId, caseId, sequence, kind, happenedOn, text, source, restricted, refersTo, field, value, reason,
                recordedAt, recordedBy, retraction, null);
    }

    /** Who retracted an entry, when, and why. */
    public record Retraction(UUID entryId, String reason, Instant recordedAt, String recordedBy) {
    }

    public HistoryRow retractedBy(Retraction retraction) {
        return new HistoryRow(entryId, caseId, sequence, kind, happenedOn, text, source, restricted, refersTo, field,
                value, reason, recordedAt, recordedBy, retraction, citation);
    }
}
