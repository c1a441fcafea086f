package org.fullaccounting.projections.testing;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.history.RecordedEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Events as the store would hand them out: per case a sequence number from 0, a pinned recording
 * time (one minute apart unless set) and the recording user in the metadata, like RecordingContext.
 */
public final class CaseScript {

    private final List<DomainEventMessage<?>> messages = new ArrayList<>();
    private final Map<UUID, Long> sequences = new HashMap<>();
    private Instant clock;
    private String user;

    public CaseScript(Instant start, String user) {
        this.clock = start;
        this.user = user;
    }

    public CaseScript by(String user) {
        this.user = user;
        return this;
    }

    public CaseScript at(Instant instant) {
        this.clock = instant;
        return this;
    }

    public CaseScript record(CaseEvent... events) {
        for (CaseEvent event : events) {
            long sequence = sequences.merge(event.caseId(), 0L, (a, b) -> a + 1);
            messages.add(new GenericDomainEventMessage<>("CaseFile", event.caseId().toString(), sequence, event,
                    MetaData.with("user", user).and("roles", "CASEWORKER").and("requestId", "test")
                            .and("recordedAt", clock.toString()),
                    UUID.randomUUID().toString(), clock));
            clock = clock.plus(Duration.ofMinutes(1));
        }
        return this;
    }

    public Instant now() {
        return clock;
    }

    public List<DomainEventMessage<?>> messages() {
        return List.copyOf(messages);
    }

    public List<RecordedEvent> recorded(UUID caseId) {
        return messages.stream().filter(m -> m.getAggregateIdentifier().equals(caseId.toString()))
                .map(m -> new RecordedEvent((CaseEvent) m.getPayload(), m.getSequenceNumber(), m.getTimestamp(),
                        (String) m.getMetaData().get("user")))
                .collect(Collectors.toList());
    }

    /** Delivers every message to the projection through its annotated handlers, as a processor would. */
    public void deliverTo(Object projection) {
        AnnotationEventHandlerAdapter handlers = new AnnotationEventHandlerAdapter(projection);
        for (DomainEventMessage<?> message : messages) {
            try {
                if (handlers.canHandle(message)) {
                    handlers.handle(message);
                }
            } catch (Exception e) {
                throw new IllegalStateException("handler failed on " + message.getPayloadType().getSimpleName(), e);
            }
        }
    }

    /**
     * Delivers every message to the projection in one unit of work, committed at the end: as a
     * processor delivers one batch, so writes kept for the batch (Writes) are sent as it commits.
     */
    public void deliverInOneBatchTo(Object projection) {
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(null);
        try {
            deliverTo(projection);
        } catch (RuntimeException e) {
            batch.rollback(e);
            throw e;
        }
        batch.commit();
    }

    /** Delivers one message to the projection, as a processor would. */
    public static void deliverOne(DomainEventMessage<?> message, Object projection) {
        try {
            new AnnotationEventHandlerAdapter(projection).handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("handler failed on " + message.getPayloadType().getSimpleName(), e);
        }
    }

    /** Runs the projection's reset handler, as a processor's resetTokens does. */
    public static void reset(Object projection) {
        new AnnotationEventHandlerAdapter(projection).prepareReset();
    }
}
