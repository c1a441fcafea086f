package org.fullaccounting.casefile.remains.api;

import java.util.UUID;

public record CandidateAddedEvent(UUID accessionId, UUID caseId, String reason) implements AccessionEvent {
}
