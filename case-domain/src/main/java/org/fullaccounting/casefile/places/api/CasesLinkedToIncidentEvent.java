package org.fullaccounting.casefile.places.api;

import java.util.List;
import java.util.UUID;

public record CasesLinkedToIncidentEvent(UUID incidentId, UUID linkId, List<UUID> caseIds, String reason)
        implements IncidentEvent {
}
