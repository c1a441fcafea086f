package org.fullaccounting.casefile.sources.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Says that a document concerns these cases, and why. The cases' existence is the application's to check. */
public record LinkSourceToCasesCommand(@TargetAggregateIdentifier UUID sourceId, UUID linkId, List<UUID> caseIds,
                                       String reason) implements SourceCommand {
}
