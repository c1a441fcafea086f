package org.fullaccounting.casefile.sources.api;

import java.util.UUID;

/** The description as corrected, in full (a few short fields), and why. */
public record SourceCorrectedEvent(UUID sourceId, UUID correctionId, SourceDescription description, String reason)
        implements SourceEvent {
}
