package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Records that a source gives another value for a field of an earlier entry. Both stay visible. */
public record CorrectEntryCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        UUID correctedEntryId,
        String field,
        String value,
        String reason,
        String source,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public CorrectEntryCommand(UUID caseId, UUID entryId, UUID correctedEntryId, String field, String value,
                               String reason, String source, Long expectedVersion) {
        this(caseId, entryId, correctedEntryId, field, value, reason, source, expectedVersion, null);
    }
}
