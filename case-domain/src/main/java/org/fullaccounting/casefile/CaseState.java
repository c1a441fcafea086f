package org.fullaccounting.casefile;

import org.fullaccounting.casefile.api.*;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What CaseFile's rules read, and nothing else: the entries and their kinds, what was retracted,
 * sightings and their assessments, the status and designation with the changes that set them,
 * remains and linked family. Assigned from the case's events only ({@link #apply}); kept in the
 * aggregate's snapshots (private fields, read by the snapshot serializer's field visibility).
 */
final class CaseState {

    private CaseStatus status;
    private boolean lastSeenAlive;
    /** The date of the standing non-recoverable designation; null while there is none. */
    private HistoricalDate nonRecoverableSince;
    private boolean nonRecoverable;
    private Map<UUID, EntryKind> entries = new HashMap<>();
    private Set<UUID> retracted = new HashSet<>();
    /** Sighting id to its current assessment; null while not yet assessed. */
    private Map<UUID, Assessment> sightings = new HashMap<>();
    private Changes<CaseStatus> statusChanges = new Changes<>();
    private Changes<Boolean> designationChanges = new Changes<>();
    private Set<UUID> activeRecoveries = new HashSet<>();
    private Set<UUID> activeIdentifications = new HashSet<>();
    /** Identifications made in a remains accession (kept by the accession, so never retracted here). */
    private Set<UUID> accessionIdentifications = new HashSet<>();
    /** Family accounts that may read this case. */
    private Set<String> linkedFamily = new HashSet<>();
    /** The named lists the case is on, each with whether it is the Last Seen Alive list. */
    private Map<UUID, Boolean> lists = new HashMap<>();

    CaseStatus status() {
        return status;
    }

    /** The case's own designation (its designate/remove entries), apart from any list it is on. */
    boolean lastSeenAlive() {
        return lastSeenAlive;
    }

    boolean nonRecoverable() {
        return nonRecoverable;
    }

    /** The date the standing non-recoverable designation gives; null when there is none or it gave none. */
    HistoricalDate nonRecoverableSince() {
        return nonRecoverableSince;
    }

    boolean isOnList(UUID listId) {
        return lists.containsKey(listId);
    }

    /** On a list marked as the Last Seen Alive list, other than {@code except} (null: any). */
    boolean onLastSeenAliveList(UUID except) {
        return lists.entrySet().stream().anyMatch(list -> list.getValue() && !list.getKey().equals(except));
    }

    /** The kind of this entry; null when the case has no such entry. */
    EntryKind kindOf(UUID entryId) {
        return entries.get(entryId);
    }

    boolean isRetracted(UUID entryId) {
        return retracted.contains(entryId);
    }

    boolean hasSighting(UUID sightingId) {
        return sightings.containsKey(sightingId);
    }

    Assessment assessmentOf(UUID sightingId) {
        return sightings.get(sightingId);
    }

    Changes<CaseStatus> statusChanges() {
        return statusChanges;
    }

    Changes<Boolean> designationChanges() {
        return designationChanges;
    }

    int activeRecoveries() {
        return activeRecoveries.size();
    }

    boolean hasActiveIdentification() {
        return !activeIdentifications.isEmpty();
    }

    boolean identifiedInAccession(UUID entryId) {
        return accessionIdentifications.contains(entryId);
    }

    boolean isLinked(String username) {
        return linkedFamily.contains(username);
    }

    void apply(CaseEvent event) {
        entries.put(event.entryId(), EntryKind.of(event));
        if (event instanceof CaseOpenedEvent e) {
            status = e.status();
        } else if (event instanceof SightingReportedEvent e) {
            sightings.put(e.entryId(), null);
        } else if (event instanceof SightingAssessedEvent e) {
            sightings.put(e.sightingId(), e.assessment());
        } else if (event instanceof StatusReclassifiedEvent e) {
            changeStatus(e.entryId(), e.from(), e.to());
        } else if (event instanceof PresumptiveFindingOfDeathMadeEvent e) {
            changeStatus(e.entryId(), e.from(), CaseStatus.MISSING_PRESUMED_DEAD);
        } else if (event instanceof NonRecoverableDesignatedEvent e) {
            nonRecoverable = true;
            nonRecoverableSince = e.designatedOn();
        } else if (event instanceof NonRecoverableReopenedEvent) {
            nonRecoverable = false;
            nonRecoverableSince = null;
        } else if (event instanceof LastSeenAliveDesignatedEvent e) {
            designate(e.entryId(), true);
        } else if (event instanceof LastSeenAliveRemovedEvent e) {
            designate(e.entryId(), false);
        } else if (event instanceof RemainsRecoveredEvent e) {
            activeRecoveries.add(e.entryId());
        } else if (event instanceof RemainsIdentifiedEvent e) {
            activeIdentifications.add(e.entryId());
            if (e.accession() != null) {
                accessionIdentifications.add(e.entryId());
            }
            changeStatus(e.entryId(), e.previousStatus(), CaseStatus.ACCOUNTED_FOR);
        } else if (event instanceof EntryRetractedEvent e) {
            retract(e);
        } else if (event instanceof FamilyMemberLinkedEvent e) {
            linkedFamily.add(e.username());
        } else if (event instanceof FamilyMemberUnlinkedEvent e) {
            linkedFamily.remove(e.username());
        } else if (event instanceof AddedToListEvent e) {
            lists.put(e.list().listId(), e.list().lastSeenAliveList());
        } else if (event instanceof RemovedFromListEvent e) {
            lists.remove(e.list().listId());
        } else if (event instanceof FindingAppliedEvent e && e.finding().to() != null) {
            changeStatus(e.entryId(), e.from(), e.finding().to());
        }
    }

    private void changeStatus(UUID entryId, CaseStatus from, CaseStatus to) {
        statusChanges.record(entryId, from);
        status = to;
    }

    private void designate(UUID entryId, boolean designated) {
        designationChanges.record(entryId, lastSeenAlive);
        lastSeenAlive = designated;
    }

    private void retract(EntryRetractedEvent event) {
        retracted.add(event.retractedEntryId());
        activeRecoveries.remove(event.retractedEntryId());
        activeIdentifications.remove(event.retractedEntryId());
        if (event.restoredStatus() != null) {
            statusChanges.undoLatest();
            status = event.restoredStatus();
        }
        if (event.restoredLastSeenAlive() != null) {
            designationChanges.undoLatest();
            lastSeenAlive = event.restoredLastSeenAlive();
        }
    }
}
