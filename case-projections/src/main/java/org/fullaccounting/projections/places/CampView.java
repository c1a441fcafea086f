package org.fullaccounting.projections.places;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A camp with its other names and the number of cases linked to it. */
public record CampView(UUID campId, String name, String location, List<String> aliases, int cases, long version,
                       Instant recordedAt, String recordedBy) {
}
