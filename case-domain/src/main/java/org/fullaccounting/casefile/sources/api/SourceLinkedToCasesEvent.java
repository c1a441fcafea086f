package org.fullaccounting.casefile.sources.api;

import java.util.List;
import java.util.UUID;

public record SourceLinkedToCasesEvent(UUID sourceId, UUID linkId, List<UUID> caseIds, String reason)
        implements SourceEvent {
}
