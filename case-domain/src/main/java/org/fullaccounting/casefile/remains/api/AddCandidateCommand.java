package org.fullaccounting.casefile.remains.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Says the accession may hold this case's serviceman, and why. The case's existence is the application's to check. */
public record AddCandidateCommand(@TargetAggregateIdentifier UUID accessionId, UUID caseId, String reason)
        implements AccessionCommand {
}
