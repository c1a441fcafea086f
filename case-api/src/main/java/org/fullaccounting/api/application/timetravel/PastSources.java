package org.fullaccounting.api.application.timetravel;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.casefile.sources.api.SourceCorrectedEvent;
import org.fullaccounting.casefile.sources.api.SourceDescription;
import org.fullaccounting.casefile.sources.api.SourceRegisteredEvent;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A registered source's description as it was recorded at a past instant: the last registration
 * or correction among its events up to then (from the event store, never a snapshot). The register's
 * read model keeps only the current description; a history read as of a past instant reads this.
 */
public final class PastSources {

    private PastSources() {
    }

    /** Empty when the source was not registered yet at {@code asOf}. */
    public static Optional<SourceDescription> describedAt(EventStore events, UUID sourceId, Instant asOf) {
        SourceDescription described = null;
        for (DomainEventMessage<?> event : RecordedEvents.upTo(events, sourceId, asOf)) {
            Object payload = event.getPayload();
            if (payload instanceof SourceRegisteredEvent registered) {
                described = registered.description();
            } else if (payload instanceof SourceCorrectedEvent corrected) {
                described = corrected.description();
            }
        }
        return Optional.ofNullable(described);
    }
}
