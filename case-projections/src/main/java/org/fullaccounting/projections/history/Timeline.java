package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.EntryRetractedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Arranges a case's history rows into its timeline. Shared by the stored history and the history
 * as of a past instant, which folds the events themselves through {@link #fold}.
 */
public final class Timeline {

    /** Rows shown on the entry they touch rather than as entries of their own. */
    private static final Set<EntryKind> ANNOTATIONS = EnumSet.of(EntryKind.CORRECTION, EntryKind.RETRACTION);

    private Timeline() {
    }

    public static CaseHistory assemble(UUID caseId, long version, Instant asOf, Collection<HistoryRow> rows) {
        Map<UUID, HistoryRow> byId = rows.stream()
                .collect(Collectors.toMap(HistoryRow::entryId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<UUID, List<CaseHistory.Correction>> corrections = new LinkedHashMap<>();
        List<HistoryRow> shown = new ArrayList<>();
        rows.stream().sorted(Comparator.comparingLong(HistoryRow::sequence)).forEach(row -> {
            HistoryRow target = row.refersTo() == null ? null : byId.get(row.refersTo());
            if (row.kind() == EntryKind.CORRECTION && target != null && !ANNOTATIONS.contains(target.kind())) {
                corrections.computeIfAbsent(target.entryId(), id -> new ArrayList<>()).add(correction(row));
            } else if (row.kind() == EntryKind.RETRACTION) {
                // shown as the retraction on its target
            } else {
                // entries, and a correction of a correction (rare): an entry of its own
                shown.add(row);
            }
        });
        // shown is in recording order and the sort is stable: entries of one date stay in recording order
        List<CaseHistory.Entry> entries = Chronological.sorted(shown, HistoryRow::happenedOn).stream()
                .map(row -> entry(row, corrections.getOrDefault(row.entryId(), List.of())))
                .collect(Collectors.toList());
        return new CaseHistory(caseId, version, asOf, null, entries);
    }

    /** The history exactly as these events (one case's, in recording order) make it. */
    public static CaseHistory fold(UUID caseId, Instant asOf, List<RecordedEvent> events) {
        Map<UUID, HistoryRow> rows = new LinkedHashMap<>();
        for (RecordedEvent recorded : events) {
            HistoryRow row = HistoryRows.of(recorded.event(), recorded.sequence(), recorded.recordedAt(),
                    recorded.recordedBy());
            rows.put(row.entryId(), row);
            if (recorded.event() instanceof EntryRetractedEvent) {
                rows.computeIfPresent(row.refersTo(), (id, target) -> target.retractedBy(retraction(row)));
            }
        }
        long version = events.isEmpty() ? CaseVersion.NONE.value()
                : CaseVersion.afterSequence(events.get(events.size() - 1).sequence()).value();
        return assemble(caseId, version, asOf, rows.values());
    }

    static HistoryRow.Retraction retraction(HistoryRow retractionRow) {
        return new HistoryRow.Retraction(retractionRow.entryId(), retractionRow.reason(), retractionRow.recordedAt(),
                retractionRow.recordedBy());
    }

    private static CaseHistory.Entry entry(HistoryRow row, List<CaseHistory.Correction> corrections) {
        return new CaseHistory.Entry(row.entryId(), row.kind(), row.happenedOn(), row.text(), row.source(),
                row.restricted(), row.recordedAt(), row.recordedBy(), row.refersTo(), row.retraction(),
                List.copyOf(corrections), CitedSource.of(row.citation()));
    }

    private static CaseHistory.Correction correction(HistoryRow row) {
        return new CaseHistory.Correction(row.entryId(), row.field(), row.value(), row.text(), row.reason(),
                row.source(), row.recordedAt(), row.recordedBy(), row.retraction(), CitedSource.of(row.citation()));
    }
}
