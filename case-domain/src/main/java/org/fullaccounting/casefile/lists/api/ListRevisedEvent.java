package org.fullaccounting.casefile.lists.api;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** The list's edition from now on; the earlier ones stay in the list's events and in its members' entries. */
public record ListRevisedEvent(UUID listId, UUID revisionId, String version, HistoricalDate date, String reason)
        implements ListEvent {
}
