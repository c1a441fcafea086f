package org.fullaccounting.casefile.remains.api;

import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.IdentificationMethod;

import java.util.UUID;

public record CandidateIdentifiedEvent(UUID accessionId, UUID caseId, IdentificationMethod method,
                                       HistoricalDate identifiedOn, String sample) implements AccessionEvent {
}
