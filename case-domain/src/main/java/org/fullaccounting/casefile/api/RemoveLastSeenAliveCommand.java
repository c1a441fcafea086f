package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Takes the serviceman off the Last Seen Alive list, citing why. */
public record RemoveLastSeenAliveCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        String source,
        String reason,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public RemoveLastSeenAliveCommand(UUID caseId, UUID entryId, String source, String reason,
                                      Long expectedVersion) {
        this(caseId, entryId, source, reason, expectedVersion, null);
    }
}
