package org.fullaccounting.casefile.sources.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/**
 * Replaces the register's description of a document, saying why. The earlier description stays in
 * the source's events for auditors, as a corrected case entry does.
 */
public record CorrectSourceCommand(@TargetAggregateIdentifier UUID sourceId, UUID correctionId,
                                   SourceDescription description, String reason) implements SourceCommand {
}
