package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Analysts conclude what a sighting report is worth; a later assessment supersedes an earlier one. */
public record AssessSightingCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        UUID sightingId,
        Assessment assessment,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public AssessSightingCommand(UUID caseId, UUID entryId, UUID sightingId, Assessment assessment, String reason,
                                 Long expectedVersion) {
        this(caseId, entryId, sightingId, assessment, reason, expectedVersion, null);
    }
}
