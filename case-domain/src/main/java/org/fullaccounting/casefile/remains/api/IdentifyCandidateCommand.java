package org.fullaccounting.casefile.remains.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.IdentificationMethod;

import java.util.UUID;

/**
 * Identifies remains of the accession as one candidate's. {@code sample} is the sample or lab
 * reference the identification rests on, as the laboratory writes it ("mtDNA sequence 1993-0123").
 */
public record IdentifyCandidateCommand(@TargetAggregateIdentifier UUID accessionId, UUID caseId,
                                       IdentificationMethod method, HistoricalDate identifiedOn, String sample)
        implements AccessionCommand {
}
