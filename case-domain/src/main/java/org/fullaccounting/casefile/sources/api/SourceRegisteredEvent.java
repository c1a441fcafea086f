package org.fullaccounting.casefile.sources.api;

import java.util.UUID;

public record SourceRegisteredEvent(UUID sourceId, SourceDescription description) implements SourceEvent {
}
