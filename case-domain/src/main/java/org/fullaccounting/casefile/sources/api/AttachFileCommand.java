package org.fullaccounting.casefile.sources.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Attaches a scan or a transcript to a source as its attachment {@code number} (1, 2, ...). The bytes
 * are stored beside the event by the application; the event carries their SHA-256, so a changed
 * file can be told from the one recorded.
 */
public record AttachFileCommand(@TargetAggregateIdentifier java.util.UUID sourceId, int number, String filename,
                                String mediaType, long size, String sha256) implements SourceCommand {
}
