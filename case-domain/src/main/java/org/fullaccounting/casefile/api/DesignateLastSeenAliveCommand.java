package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Puts the serviceman on the Last Seen Alive list, citing who keeps the list. */
public record DesignateLastSeenAliveCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        String source,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public DesignateLastSeenAliveCommand(UUID caseId, UUID entryId, String source, String reason,
                                         Long expectedVersion) {
        this(caseId, entryId, source, reason, expectedVersion, null);
    }
}
