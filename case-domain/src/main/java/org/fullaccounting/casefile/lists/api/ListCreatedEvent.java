package org.fullaccounting.casefile.lists.api;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

public record ListCreatedEvent(UUID listId, String name, String keeper, String version, HistoricalDate date,
                               boolean lastSeenAlive) implements ListEvent {
}
