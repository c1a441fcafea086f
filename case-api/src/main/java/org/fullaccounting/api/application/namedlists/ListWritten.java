package org.fullaccounting.api.application.namedlists;

import java.util.UUID;

/** The answer to a write to a list itself: the list and its version (its number of events) after it. */
public record ListWritten(UUID listId, long version) {
}
