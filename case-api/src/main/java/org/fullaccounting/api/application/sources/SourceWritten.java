package org.fullaccounting.api.application.sources;

import java.util.UUID;

/** The answer to a write to the register: the source and its version (its number of events) after it. */
public record SourceWritten(UUID sourceId, long version) {
}
