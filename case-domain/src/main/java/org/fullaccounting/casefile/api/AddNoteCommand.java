package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** An internal caseworker note. */
public record AddNoteCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        String text,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public AddNoteCommand(UUID caseId, UUID entryId, String text, Long expectedVersion) {
        this(caseId, entryId, text, expectedVersion, null);
    }
}
