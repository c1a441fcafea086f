package org.fullaccounting.api.application.sources;

import java.util.UUID;

/** The answer to an upload: the attachment's number, its sniffed type, size and SHA-256, and the source's version. */
public record AttachmentWritten(UUID sourceId, int number, String mediaType, long size, String sha256, long version) {
}
