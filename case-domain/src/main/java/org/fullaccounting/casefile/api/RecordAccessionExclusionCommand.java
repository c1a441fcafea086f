package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/**
 * The case was ruled out of a remains accession. Sent by the application in the transaction that
 * excludes the candidate from the accession, never on its own: the accession keeps the rules.
 */
public record RecordAccessionExclusionCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        AccessionRef accession,
        String reason,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
