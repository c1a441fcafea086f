package org.fullaccounting.projections.validity;

import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.HistoryRow;
import org.fullaccounting.projections.history.HistoryRows;
import org.fullaccounting.projections.history.RecordedEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A case as it stood in the world on a date, by the entries the record holds (now, or as recorded
 * at a past instant: the caller chooses which events to give). An entry holds from the day
 * {@link WorldDates} gives it; entries holding by {@code validAt} are applied in the order of that
 * day, and entries of the same day in the order they were recorded (their sequence in the case).
 * A retracted entry holds never: the record, as read, says it was wrong. Each event's world date is
 * the one its history row shows ({@link HistoryRows}), so the history and this fold cannot disagree.
 */
public final class ValidAt {

    private ValidAt() {
    }

    /** One entry with the day it holds from. */
    private record Dated(RecordedEvent recorded, LocalDate from) {
    }

    private static final Comparator<Dated> WORLD_ORDER = Comparator.comparing(Dated::from)
            .thenComparingLong(dated -> dated.recorded().sequence());

    /** The status and designations holding on {@code validAt}, from one case's events in recording order. */
    public static InForce fold(List<RecordedEvent> events, LocalDate validAt) {
        Set<UUID> retracted = new HashSet<>();
        List<Dated> dated = new ArrayList<>();
        for (RecordedEvent recorded : events) {
            if (recorded.event() instanceof EntryRetractedEvent retraction) {
                retracted.add(retraction.retractedEntryId());
                continue;
            }
            HistoryRow row = HistoryRows.of(recorded.event(), recorded.sequence(), recorded.recordedAt(),
                    recorded.recordedBy());
            LocalDate from = WorldDates.from(row.kind(), row.happenedOn(), recorded.recordedAt());
            if (!from.isAfter(validAt)) {
                dated.add(new Dated(recorded, from));
            }
        }
        dated.sort(WORLD_ORDER);
        State state = new State();
        for (Dated entry : dated) {
            CaseEvent event = entry.recorded().event();
            if (retracted.contains(event.entryId())) {
                state.retracted++;
            } else {
                state.apply(event);
            }
        }
        return new InForce(validAt, state.status, state.lastSeenAlive, state.nonRecoverable, state.counts,
                state.retracted);
    }

    /**
     * The history's entries that hold on {@code validAt}, in the history's own order (when things
     * happened, ties in recording order). Retracted entries stay, marked, as the history shows them.
     */
    public static CaseHistory history(CaseHistory history, LocalDate validAt) {
        List<CaseHistory.Entry> entries = history.entries().stream()
                .filter(entry -> WorldDates.holdsOn(validAt, entry.kind(), entry.happenedOn(), entry.recordedAt()))
                .toList();
        return new CaseHistory(history.caseId(), history.version(), history.asOf(), validAt, entries);
    }

    /** Assigned in world order; a later entry of the same kind of change wins. */
    private static final class State {
        CaseStatus status;
        boolean lastSeenAlive;
        boolean nonRecoverable;
        int retracted;
        final Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);

        void apply(CaseEvent event) {
            counts.merge(EntryKind.of(event), 1, Integer::sum);
            if (event instanceof CaseOpenedEvent e) {
                status = e.status();
            } else if (event instanceof StatusReclassifiedEvent e) {
                status = e.to();
            } else if (event instanceof PresumptiveFindingOfDeathMadeEvent) {
                status = CaseStatus.MISSING_PRESUMED_DEAD;
            } else if (event instanceof RemainsIdentifiedEvent) {
                status = CaseStatus.ACCOUNTED_FOR;
            } else if (event instanceof LastSeenAliveDesignatedEvent) {
                lastSeenAlive = true;
            } else if (event instanceof LastSeenAliveRemovedEvent) {
                lastSeenAlive = false;
            } else if (event instanceof FindingAppliedEvent e && e.from() != null) {
                status = e.finding().to();
            } else if (event instanceof AddedToListEvent e && e.lastSeenAlive() != null) {
                lastSeenAlive = e.lastSeenAlive();
            } else if (event instanceof RemovedFromListEvent e && e.lastSeenAlive() != null) {
                lastSeenAlive = e.lastSeenAlive();
            } else if (event instanceof NonRecoverableDesignatedEvent) {
                nonRecoverable = true;
            } else if (event instanceof NonRecoverableReopenedEvent) {
                nonRecoverable = false;
            }
        }
    }
}
