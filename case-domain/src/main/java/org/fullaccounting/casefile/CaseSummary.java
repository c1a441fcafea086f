package org.fullaccounting.casefile;

import org.fullaccounting.casefile.api.AddedToListEvent;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.FindingAppliedEvent;
import org.fullaccounting.casefile.api.RemovedFromListEvent;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.casefile.api.CaseOpenedEvent;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.LastSeenAliveDesignatedEvent;
import org.fullaccounting.casefile.api.LastSeenAliveRemovedEvent;
import org.fullaccounting.casefile.api.NonRecoverableDesignatedEvent;
import org.fullaccounting.casefile.api.NonRecoverableReopenedEvent;
import org.fullaccounting.casefile.api.PresumptiveFindingOfDeathMadeEvent;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.casefile.api.RemainsIdentifiedEvent;
import org.fullaccounting.casefile.api.StatusReclassifiedEvent;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * The case's header: identity, status, designations and how many entries of each kind it holds
 * (retracted ones excluded, counted apart). A pure fold of the case's events: {@link #apply}
 * returns the next state, so the header read model and the as-of reads compute it the same way.
 * The aggregate keeps none of this beyond what its rules read.
 */
public record CaseSummary(
        UUID caseId,
        String serviceNumber,
        PersonName name,
        String rank,
        Branch branch,
        String unit,
        HistoricalDate lossDate,
        String lossPlace,
        CaseStatus status,
        boolean lastSeenAlive,
        boolean nonRecoverable,
        Map<EntryKind, Integer> counts,
        int retracted) {

    /** Before the opening: no case. */
    public static final CaseSummary NONE = new CaseSummary(null, null, null, null, null, null, null, null, null,
            false, false, Map.of(), 0);

    public CaseSummary {
        counts = Collections.unmodifiableMap(counts.isEmpty() ? new EnumMap<>(EntryKind.class) : new EnumMap<>(counts));
    }

    /** Folds events from the first, in order. */
    public static CaseSummary fold(Iterable<? extends CaseEvent> events) {
        CaseSummary summary = NONE;
        for (CaseEvent event : events) {
            summary = summary.apply(event);
        }
        return summary;
    }

    /** The state after one more event. */
    public CaseSummary apply(CaseEvent event) {
        CaseSummary next = event instanceof CaseOpenedEvent opened ? opened(opened) : this;
        if (event instanceof StatusReclassifiedEvent reclassified) {
            next = next.withStatus(reclassified.to());
        } else if (event instanceof PresumptiveFindingOfDeathMadeEvent) {
            next = next.withStatus(CaseStatus.MISSING_PRESUMED_DEAD);
        } else if (event instanceof RemainsIdentifiedEvent) {
            next = next.withStatus(CaseStatus.ACCOUNTED_FOR);
        } else if (event instanceof NonRecoverableDesignatedEvent) {
            next = next.withNonRecoverable(true);
        } else if (event instanceof NonRecoverableReopenedEvent) {
            next = next.withNonRecoverable(false);
        } else if (event instanceof LastSeenAliveDesignatedEvent) {
            next = next.withLastSeenAlive(true);
        } else if (event instanceof LastSeenAliveRemovedEvent) {
            next = next.withLastSeenAlive(false);
        } else if (event instanceof AddedToListEvent added && added.lastSeenAlive() != null) {
            next = next.withLastSeenAlive(added.lastSeenAlive());
        } else if (event instanceof RemovedFromListEvent removed && removed.lastSeenAlive() != null) {
            next = next.withLastSeenAlive(removed.lastSeenAlive());
        } else if (event instanceof FindingAppliedEvent finding && finding.finding().to() != null) {
            next = next.withStatus(finding.finding().to());
        } else if (event instanceof EntryRetractedEvent retraction) {
            next = next.retracting(retraction);
        }
        return next.counting(EntryKind.of(event), 1);
    }

    private static CaseSummary opened(CaseOpenedEvent e) {
        return new CaseSummary(e.caseId(), e.serviceNumber(), e.name(), e.rank(), e.branch(), e.unit(),
                e.lossDate(), e.lossPlace(), e.status(), false, false, Map.of(), 0);
    }

    private CaseSummary retracting(EntryRetractedEvent e) {
        CaseSummary next = counting(e.retractedKind(), -1);
        next = new CaseSummary(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, next.status,
                next.lastSeenAlive, next.nonRecoverable, next.counts, retracted + 1);
        if (e.restoredStatus() != null) {
            next = next.withStatus(e.restoredStatus());
        }
        return e.restoredLastSeenAlive() != null ? next.withLastSeenAlive(e.restoredLastSeenAlive()) : next;
    }

    private CaseSummary counting(EntryKind kind, int delta) {
        Map<EntryKind, Integer> next = new EnumMap<>(EntryKind.class);
        next.putAll(counts);
        int count = next.getOrDefault(kind, 0) + delta;
        if (count > 0) {
            next.put(kind, count);
        } else {
            next.remove(kind);
        }
        return new CaseSummary(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, status,
                lastSeenAlive, nonRecoverable, next, retracted);
    }

    private CaseSummary withStatus(CaseStatus to) {
        return new CaseSummary(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, to,
                lastSeenAlive, nonRecoverable, counts, retracted);
    }

    private CaseSummary withLastSeenAlive(boolean designated) {
        return new CaseSummary(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, status,
                designated, nonRecoverable, counts, retracted);
    }

    private CaseSummary withNonRecoverable(boolean designated) {
        return new CaseSummary(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, status,
                lastSeenAlive, designated, counts, retracted);
    }
}
