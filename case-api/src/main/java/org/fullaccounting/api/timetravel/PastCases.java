package org.fullaccounting.api.timetravel;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.fullaccounting.casefile.CaseFile;
import org.fullaccounting.casefile.CaseSummary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The case as it was recorded at a past instant: its events up to then, folded by the aggregate's
 * own event-sourcing handlers (the domain's state machine, not a second one). Nothing is applied
 * to the store; the folded aggregate is thrown away.
 */
public final class PastCases {

    /** The state and its version (the number of events folded). */
    public record Past(CaseSummary summary, long version) {
    }

    private static volatile Model cached;

    private record Model(org.axonframework.config.Configuration axon, AggregateModel<CaseFile> model) {
    }

    private PastCases() {
    }

    public static Optional<Past> at(org.axonframework.config.Configuration axon, UUID caseId, Instant asOf) {
        return fold(axon, RecordedEvents.upTo(axon.eventStore(), caseId, asOf));
    }

    /** Folds one case's events (from its first, in order) into its summary. */
    public static Optional<Past> fold(org.axonframework.config.Configuration axon, List<DomainEventMessage<?>> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        AggregateModel<CaseFile> model = model(axon);
        try {
            CaseFile root = new GenericAggregateFactory<>(model)
                    .createAggregateRoot(events.get(0).getAggregateIdentifier(), events.get(0));
            EventSourcedAggregate<CaseFile> aggregate = EventSourcedAggregate.initialize(root, model, null,
                    NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(DomainEventStream.of(events));
            return Optional.of(new Past(aggregate.invoke(CaseFile::summary), events.size()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot fold the events of case " + events.get(0).getAggregateIdentifier(),
                    e);
        }
    }

    /** Inspected with the app's parameter resolvers, as AxonConfig does, so the command handlers resolve. */
    private static AggregateModel<CaseFile> model(org.axonframework.config.Configuration axon) {
        Model current = cached;
        if (current == null || current.axon() != axon) {
            current = new Model(axon, AnnotatedAggregateMetaModelFactory.inspectAggregate(CaseFile.class,
                    axon.parameterResolverFactory(), axon.handlerDefinition(CaseFile.class)));
            cached = current;
        }
        return current.model();
    }
}
