package org.fullaccounting.projections.people;

import org.fullaccounting.casefile.api.CaseStatus;

import java.util.UUID;

/** An open case with no usable mtDNA reference sample, as the board lists it. */
public record CaseWithoutReference(UUID caseId, String serviceNumber, String familyName, String givenName,
                                   CaseStatus status, long samplesPending) {
}
