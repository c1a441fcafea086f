package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/**
 * The case became a candidate of a remains accession. Sent by the application in the transaction
 * that adds the candidate to the accession, never on its own: the accession keeps the rules.
 */
public record RecordAccessionCandidacyCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        AccessionRef accession,
        HistoricalDate receivedOn,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
