package org.fullaccounting.casefile.sources.api;

import java.util.UUID;

/** Attachment {@code number} of the source: its name as uploaded, its type as sniffed, its size and SHA-256 (hex). */
public record FileAttachedEvent(UUID sourceId, int number, String filename, String mediaType, long size,
                                String sha256) implements SourceEvent {
}
