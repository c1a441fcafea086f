package org.fullaccounting.api.application.sources;

import java.time.Instant;

/** What is known of one attached file without its bytes: its number, name, sniffed type, size and SHA-256. */
public record AttachmentInfo(int number, String filename, String mediaType, long size, String sha256,
                             Instant recordedAt) {
}
