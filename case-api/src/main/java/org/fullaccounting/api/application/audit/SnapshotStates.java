package org.fullaccounting.api.application.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.fullaccounting.casefile.CaseFile;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;

/**
 * For an audit, the strongest check of a snapshot: fold the case's events up to the snapshot's
 * event with the aggregate's own handlers and compare the state with the stored snapshot. Catches
 * a snapshot forged through the application's own credentials, which the seal (taken when the
 * row is stored) cannot. Too slow for every load, so only verify uses it.
 */
@Component
class SnapshotStates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectProvider<org.axonframework.config.Configuration> axon;
    private final ObjectProvider<EventStorageEngine> storage;
    private final Serializer serializer;
    /** The case aggregate as Axon inspects it: found once, not for every snapshot checked (a tenth of a verify). */
    private volatile AggregateModel<CaseFile> model;

    SnapshotStates(ObjectProvider<org.axonframework.config.Configuration> axon, ObjectProvider<EventStorageEngine> storage,
                   Serializer serializer) {
        this.axon = axon;
        this.storage = storage;
        this.serializer = serializer;
    }

    /** Whether the stored snapshot payload is the state the case's events give at {@code sequence}. */
    boolean matchesEvents(UUID caseId, long sequence, byte[] payload) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = storage.getObject().readEvents(caseId.toString(), 0);
        while (stream.hasNext() && stream.peek().getSequenceNumber() <= sequence) {
            events.add(stream.next());
        }
        if (events.isEmpty() || events.get(events.size() - 1).getSequenceNumber() != sequence) {
            return false;
        }
        try {
            return canonical(JSON.readTree(serializer.serialize(fold(events), byte[].class).getData()))
                    .equals(canonical(JSON.readTree(payload)));
        } catch (Exception unreadable) {
            return false;
        }
    }

    private CaseFile fold(List<DomainEventMessage<?>> events) throws Exception {
        AggregateModel<CaseFile> model = model();
        CaseFile root = new GenericAggregateFactory<>(model)
                .createAggregateRoot(events.get(0).getAggregateIdentifier(), events.get(0));
        EventSourcedAggregate<CaseFile> aggregate = EventSourcedAggregate.initialize(root, model, null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events));
        return aggregate.getAggregateRoot();
    }

    /** Inspected on first use (Axon's configuration is complete only then); a second inspection on a race is harmless. */
    private AggregateModel<CaseFile> model() {
        AggregateModel<CaseFile> inspected = model;
        if (inspected == null) {
            org.axonframework.config.Configuration configuration = axon.getObject();
            inspected = AnnotatedAggregateMetaModelFactory.inspectAggregate(CaseFile.class,
                    configuration.parameterResolverFactory(), configuration.handlerDefinition(CaseFile.class));
            model = inspected;
        }
        return inspected;
    }

    /** Object keys sorted, array elements sorted: sets come out of a hash set in no fixed order. */
    private static String canonical(JsonNode node) {
        if (node instanceof ObjectNode object) {
            TreeMap<String, String> fields = new TreeMap<>();
            object.fields().forEachRemaining(field -> fields.put(field.getKey(), canonical(field.getValue())));
            return fields.toString();
        }
        if (node instanceof ArrayNode array) {
            List<String> elements = new ArrayList<>();
            array.forEach(element -> elements.add(canonical(element)));
            elements.sort(Comparator.naturalOrder());
            return elements.toString();
        }
        return node.toString();
    }
}
