package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.EntryKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The timeline of one case, ordered by when things happened (as the sources date them; undated
 * entries last), ties in recording order. {@code version} is the number of the case's events it
 * reflects, comparable with the version a write returns. This is the staff view; a family reads
 * {@link FamilyHistory}, built from it by an allow-list. {@code asOf} is the recording instant it was
 * read at (null: now); {@code validAt} the world date it was cut at (null: every entry).
 */
public record CaseHistory(UUID caseId, long version, Instant asOf, LocalDate validAt, List<Entry> entries) {

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
            List<Correction> corrections,
            CitedSource cited) {

        public Entry(UUID entryId, EntryKind kind, String happenedOn, String text, String source, boolean restricted,
                     Instant recordedAt, String recordedBy, UUID refersTo, HistoryRow.Retraction retracted,
                     List<Correction> corrections) {
            this(entryId, kind, happenedOn, text, source, restricted, recordedAt, recordedBy, refersTo, retracted,
                    corrections, null);
        }

        /** Itself when it and its corrections cite no source, as most entries: nothing to describe. */
        Entry describedBy(Map<UUID, SourceFacts> sources, Set<UUID> linked) {
            if (cited == null && corrections.stream().allMatch(correction -> correction.cited() == null)) {
                return this;
            }
            return new Entry(entryId, kind, happenedOn, text, source, restricted, recordedAt, recordedBy, refersTo,
                    retracted, corrections.stream().map(c -> c.describedBy(sources, linked)).toList(),
                    described(cited, sources, linked));
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
            HistoryRow.Retraction retracted,
            CitedSource cited) {

        Correction describedBy(Map<UUID, SourceFacts> sources, Set<UUID> linked) {
            return new Correction(entryId, field, value, text, reason, source, recordedAt, recordedBy, retracted,
                    described(cited, sources, linked));
        }
    }

    /**
     * This history with its cited sources described as the register describes them now, and each
     * source linked to the case shown once, as an entry of its own dated by the document (undated
     * documents last), after the case's entries of the same date. The links are the register's
     * (one row per source and case), so linking again or replaying the register adds nothing.
     */
    public CaseHistory withSources(Map<UUID, SourceFacts> sources, List<SourceFacts.Link> links) {
        Set<UUID> linked = links.stream().map(link -> link.source().sourceId()).collect(Collectors.toSet());
        List<Entry> all = new ArrayList<>();
        entries.forEach(entry -> all.add(entry.describedBy(sources, linked)));
        links.forEach(link -> all.add(linkEntry(link)));
        return new CaseHistory(caseId, version, asOf, validAt, List.copyOf(Chronological.sorted(all, Entry::happenedOn)));
    }

    /** The source ids this history's entries and corrections cite. */
    public Set<UUID> citedSourceIds() {
        Set<UUID> ids = new HashSet<>();
        for (Entry entry : entries) {
            if (entry.cited() != null) {
                ids.add(entry.cited().sourceId());
            }
            entry.corrections().stream().filter(c -> c.cited() != null).forEach(c -> ids.add(c.cited().sourceId()));
        }
        return ids;
    }

    private static CitedSource described(CitedSource cited, Map<UUID, SourceFacts> sources, Set<UUID> linked) {
        return cited == null ? null : cited.describedBy(sources.get(cited.sourceId()), linked.contains(cited.sourceId()));
    }

    /** A link's entry has the source's id: one per source and case. Restricted as the source is. */
    private static Entry linkEntry(SourceFacts.Link link) {
        SourceFacts source = link.source();
        return new Entry(source.sourceId(), EntryKind.SOURCE_LINK, source.date(),
                "Source linked: " + source.title() + " \u2014 " + link.reason(), null, source.restricted(),
                link.linkedAt(), null, null, null, List.of(),
                new CitedSource(source.sourceId(), null, source.title(), source.archiveReference(),
                        source.restricted(), true));
    }
}
