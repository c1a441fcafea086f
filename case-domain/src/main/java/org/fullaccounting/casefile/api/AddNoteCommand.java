package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** An internal caseworker note. */
public record AddNoteCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        String text,
        @TargetAggregateVersion Long expectedVersion) implements CaseCommand {
}
