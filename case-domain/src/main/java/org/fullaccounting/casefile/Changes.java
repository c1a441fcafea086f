package org.fullaccounting.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The entries that changed one value of the case (its status, its designation), oldest first,
 * each with the value it replaced: retracting the latest change restores that value. A plain
 * list inside, so snapshots keep it as they kept the aggregate's own lists.
 */
final class Changes<T> {

    /** One change and what it replaced. */
    record Change<T>(UUID entryId, T before) {
    }

    private List<Change<T>> changes = new ArrayList<>();

    void record(UUID entryId, T before) {
        changes.add(new Change<>(entryId, before));
    }

    boolean contains(UUID entryId) {
        return changes.stream().anyMatch(change -> change.entryId().equals(entryId));
    }

    boolean isLatest(UUID entryId) {
        return !changes.isEmpty() && changes.get(changes.size() - 1).entryId().equals(entryId);
    }

    /** The value retracting this entry restores: null unless it is the latest change. */
    T restoredIfRetracted(UUID entryId) {
        return isLatest(entryId) ? changes.get(changes.size() - 1).before() : null;
    }

    void undoLatest() {
        changes.remove(changes.size() - 1);
    }
}
