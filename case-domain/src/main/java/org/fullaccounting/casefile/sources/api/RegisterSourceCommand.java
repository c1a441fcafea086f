package org.fullaccounting.casefile.sources.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Enters a document in the source register under a new id. */
public record RegisterSourceCommand(@TargetAggregateIdentifier UUID sourceId, SourceDescription description)
        implements SourceCommand {
}
