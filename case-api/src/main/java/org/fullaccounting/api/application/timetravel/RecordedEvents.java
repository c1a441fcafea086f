package org.fullaccounting.api.application.timetravel;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.history.RecordedEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

/**
 * A case's events as recorded up to an instant, straight from the event store (never from a
 * snapshot, which may be newer than the instant). The cut is the first event stamped after the
 * instant: events are appended in sequence, so the prefix is a state the record was really in,
 * even if two nodes' clocks disagree by a little.
 */
public final class RecordedEvents {

    private RecordedEvents() {
    }

    public static List<DomainEventMessage<?>> upTo(EventStore events, UUID caseId, Instant asOf) {
        List<DomainEventMessage<?>> recorded = new ArrayList<>();
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(caseId.toString(), 0).asStream()
                .iterator();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            recorded.add(event);
        }
        return recorded;
    }

    /** Every event of a case as recorded now, from its first. */
    public static List<DomainEventMessage<?>> all(EventStore events, UUID caseId) {
        List<DomainEventMessage<?>> recorded = new ArrayList<>();
        events.readEvents(caseId.toString(), 0).asStream().forEach(recorded::add);
        return recorded;
    }

    /** A case's events with a sequence number below {@code sequenceNumber}, from its first. */
    public static List<DomainEventMessage<?>> before(EventStore events, UUID caseId, long sequenceNumber) {
        List<DomainEventMessage<?>> recorded = new ArrayList<>();
        Iterator<? extends DomainEventMessage<?>> stream = events.readEvents(caseId.toString(), 0).asStream()
                .iterator();
        while (stream.hasNext()) {
            DomainEventMessage<?> event = stream.next();
            if (event.getSequenceNumber() >= sequenceNumber) {
                break;
            }
            recorded.add(event);
        }
        return recorded;
    }

    /**
     * The events themselves, as the header's fold takes them. Only a case's: an id given as a case's
     * may name a source or a sighting report, whose events make no case (and must not fail the read).
     */
    public static List<CaseEvent> payloads(List<DomainEventMessage<?>> messages) {
        return messages.stream().map(DomainEventMessage::getPayload).filter(CaseEvent.class::isInstance)
                .map(CaseEvent.class::cast).toList();
    }

    /** The same events as the history's fold takes them. */
    public static List<RecordedEvent> forHistory(List<DomainEventMessage<?>> messages) {
        List<RecordedEvent> recorded = new ArrayList<>();
        for (DomainEventMessage<?> message : messages) {
            Object user = message.getMetaData().get("user");
            recorded.add(new RecordedEvent((CaseEvent) message.getPayload(), message.getSequenceNumber(),
                    message.getTimestamp(), user == null ? null : user.toString()));
        }
        return recorded;
    }
}
