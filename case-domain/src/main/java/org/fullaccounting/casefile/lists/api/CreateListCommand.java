package org.fullaccounting.casefile.lists.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/**
 * Starts a named list ("Last Seen Alive", kept by "DPMO") in its first edition: a version as its
 * keeper names it and the edition's date as history gives it (may be absent). {@code lastSeenAlive}
 * marks the list the cases' Last Seen Alive designation follows; only one list may be so marked
 * (the application's register holds that rule across lists).
 */
public record CreateListCommand(@TargetAggregateIdentifier UUID listId, String name, String keeper, String version,
                                HistoricalDate date, boolean lastSeenAlive) implements ListCommand {
}
