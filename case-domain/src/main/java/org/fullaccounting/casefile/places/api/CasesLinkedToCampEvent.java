package org.fullaccounting.casefile.places.api;

import java.util.List;
import java.util.UUID;

public record CasesLinkedToCampEvent(UUID campId, UUID linkId, List<UUID> caseIds, String reason)
        implements CampEvent {
}
