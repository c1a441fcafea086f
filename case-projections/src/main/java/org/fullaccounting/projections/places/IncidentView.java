package org.fullaccounting.projections.places;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A loss incident with the number of cases linked to it. */
public record IncidentView(UUID incidentId, String name, String dates, String place, List<String> units, int cases,
                           long version, Instant recordedAt, String recordedBy) {
}
