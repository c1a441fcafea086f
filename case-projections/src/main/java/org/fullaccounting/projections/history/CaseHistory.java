package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.EntryKind;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * The timeline of one case, ordered by when things happened (as the sources date them; undated
 * entries last), ties in recording order. {@code version} is the number of the case's events it
 * reflects, comparable with the version a write returns.
 */
public record CaseHistory(UUID caseId, long version, Instant asOf, List<Entry> entries) {

    /**
     * What a family may read: no restricted entry (internal notes, restricted correspondence,
     * intelligence reports, family links), nothing that refers to one, and no sighting's witness
     * or source (witness identities and intelligence sources stay with the caseworkers).
     */
    public CaseHistory forFamily() {
        Set<UUID> hidden = entries.stream().filter(Entry::restricted).map(Entry::entryId).collect(Collectors.toSet());
        List<Entry> visible = entries.stream()
                .filter(entry -> !entry.restricted())
                .filter(entry -> entry.refersTo() == null || !hidden.contains(entry.refersTo()))
                .map(entry -> entry.kind() == EntryKind.SIGHTING ? entry.withoutSource() : entry)
                .toList();
        return new CaseHistory(caseId, version, asOf, visible);
    }

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

        Entry withoutSource() {
            return new Entry(entryId, kind, happenedOn, text, null, restricted, recordedAt, recordedBy, refersTo,
                    retracted, corrections);
        }
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
