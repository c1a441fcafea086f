package org.fullaccounting.projections.namedlists;

import java.time.Instant;
import java.util.UUID;

/** A named list's current edition; {@code members}: how many cases the reader may see on it. */
public record NamedListView(UUID listId, String name, String keeper, String version, String date,
                            boolean lastSeenAlive, long members, Instant createdAt) {
}
