package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.EntryKind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The timeline of one case, ordered by when things happened (as the sources date them; undated
 * entries last), ties in recording order. {@code version} is the number of the case's events it
 * reflects, comparable with the version a write returns. This is the staff view; a family reads
 * {@link FamilyHistory}, built from it by an allow-list.
 */
public record CaseHistory(UUID caseId, long version, Instant asOf, List<Entry> entries) {

    /** One thing that happened. Corrections from other sources stand beside it, never replacing it. */
    public record Entry(
            UUID entryId,
            EntryKind kind,
            String happenedOn,
            String text,
            String source,
            boolean restricted,
            Instant recordedAt,
            String recordedBy,
            UUID refersTo,
            HistoryRow.Retraction retracted,
            List<Correction> corrections) {
    }

    /** Another source's value for one field of an entry (e.g. a second date for one court order). */
    public record Correction(
            UUID entryId,
            String field,
            String value,
            String text,
            String reason,
            String source,
            Instant recordedAt,
            String recordedBy,
            HistoryRow.Retraction retracted) {
    }
}
