package org.fullaccounting.api.cases;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.fullaccounting.casefile.CaseFile;
import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.testing.RandomCases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.projections.testing.RandomCases.MARKER;

/**
 * The case view a family gets, from random cases folded by the aggregate's own handlers (as the
 * API's current and as-of reads do): no marker, and the same with or without the hidden entries,
 * so nothing in it counts them.
 */
class FamilyCaseViewPropertiesTest {

    private static final ServiceNumberRegistry NO_REGISTRY = (number, caseId) -> Optional.empty();
    private static final AggregateModel<CaseFile> MODEL = AnnotatedAggregateMetaModelFactory.inspectAggregate(
            CaseFile.class, MultiParameterResolverFactory.ordered(
                    ClasspathParameterResolverFactory.forClass(CaseFile.class),
                    new SimpleResourceParameterResolverFactory(List.of(NO_REGISTRY))));

    @Provide
    Arbitrary<List<RandomCases.Step>> steps() {
        return RandomCases.steps(40);
    }

    @Property(tries = 300)
    void aFamilysCaseViewHoldsNoMarkerAndCountsNoHiddenEntry(@ForAll("steps") List<RandomCases.Step> steps) {
        RandomCases.Case generated = RandomCases.build(UUID.randomUUID(), steps);

        FamilyCaseView withHidden = FamilyCaseView.of(fold(generated.all()));
        FamilyCaseView withoutHidden = FamilyCaseView.of(fold(generated.visibleOnly()));

        assertThat(withHidden.toString()).doesNotContain(MARKER);
        assertThat(withHidden).isEqualTo(withoutHidden);
    }

    private static CaseSummary fold(List<CaseEvent> events) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            CaseEvent event = events.get(i);
            messages.add(new GenericDomainEventMessage<>("CaseFile", event.caseId().toString(), i, event,
                    MetaData.with("user", MARKER + "-user"), UUID.randomUUID().toString(),
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
        }
        try {
            CaseFile root = new GenericAggregateFactory<>(MODEL)
                    .createAggregateRoot(messages.get(0).getAggregateIdentifier(), messages.get(0));
            EventSourcedAggregate<CaseFile> aggregate = EventSourcedAggregate.initialize(root, MODEL, null,
                    NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(DomainEventStream.of(messages));
            return aggregate.invoke(CaseFile::summary);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
