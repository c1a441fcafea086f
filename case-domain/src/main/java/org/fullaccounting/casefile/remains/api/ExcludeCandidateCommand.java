package org.fullaccounting.casefile.remains.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Rules a candidate out of the accession (dental chart does not match, mtDNA excludes ...), with the reason. */
public record ExcludeCandidateCommand(@TargetAggregateIdentifier UUID accessionId, UUID caseId, String reason)
        implements AccessionCommand {
}
