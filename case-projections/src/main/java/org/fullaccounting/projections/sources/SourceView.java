package org.fullaccounting.projections.sources;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One document of the register as it is described now; {@code version} counts the source's events. */
public record SourceView(UUID sourceId, String kind, String title, String date, List<String> authors,
                         List<String> parties, String archiveReference, String reliabilityNote, boolean restricted,
                         long version, Instant registeredAt, String registeredBy) {
}
