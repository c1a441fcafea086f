package org.fullaccounting.casefile.places.api;

import java.util.UUID;

public record IncidentRecordedEvent(UUID incidentId, IncidentDescription description) implements IncidentEvent {
}
