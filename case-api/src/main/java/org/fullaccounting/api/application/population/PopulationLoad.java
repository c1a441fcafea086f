package org.fullaccounting.api.application.population;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.NoArgumentConstructorCreationPolicyAggregateFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.infrastructure.request.RecordingContext;
import org.fullaccounting.casefile.CaseFile;
import org.fullaccounting.casefile.population.GeneratedCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Opens many cases at once, each with its whole history, through the domain: every command is
 * handled by the case aggregate's own command handler, which checks it as it checks a write over
 * HTTP, and the events are stored by Axon's event store in its own format, chained by the
 * database's trigger, with the case header written in the same transaction. What differs from a
 * normal write is only the way there, which costs most of a write's time and none of its checks:
 * <ul>
 *   <li>no command bus: the aggregate, built from Axon's annotated model of {@link CaseFile} with the
 *   application's parameter resolvers (the service number registry), stays in memory for the whole
 *   case and handles its commands one after the other; who, roles, request and time of each
 *   command are copied onto its event by Axon's correlation data, as on any write;</li>
 *   <li>one transaction per batch of cases (about {@code fa.population.batch-events} events), written
 *   by {@code fa.population.writers} threads at once (2: the aggregate's work overlaps PostgreSQL's),
 *   and one append per case (per {@value #COMMANDS_PER_UNIT_OF_WORK} commands of a long case): one
 *   JDBC batch;</li>
 *   <li>no snapshots while a case grows: one snapshot of the finished case, when it has at least
 *   {@code fa.snapshot.every-events} events, so its first write does not replay it all.</li>
 * </ul>
 * A command the aggregate refuses rolls back its batch and stops the load; batches written before
 * it stay (as before: a load is one transaction per batch, not one for the whole population).
 *
 * <p>Any source of cases uses it: the synthetic population and casualty lists, whose rows become
 * the same commands.
 */
@Service
public class PopulationLoad {

    /** How many cases and events were loaded, and how long it took. */
    public record Loaded(int cases, long events, Duration took) {

        public double eventsPerSecond() {
            return events / Math.max(0.001, took.toNanos() / 1e9);
        }
    }

    static final int COMMANDS_PER_UNIT_OF_WORK = 500;

    private final EventStore eventStore;
    private final AggregateModel<CaseFile> model;
    private final NoArgumentConstructorCreationPolicyAggregateFactory<CaseFile> newCase =
            new NoArgumentConstructorCreationPolicyAggregateFactory<>(CaseFile.class);
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final int batchEvents;
    private final int snapshotEvery;
    private final int writers;

    PopulationLoad(EventStore eventStore, ParameterResolverFactory parameterResolvers, HandlerDefinition handlers,
                   TransactionTemplate transaction, JdbcTemplate jdbc,
                   @Value("${fa.population.batch-events:20000}") int batchEvents,
                   @Value("${fa.snapshot.every-events:100}") int snapshotEvery,
                   @Value("${fa.population.writers:2}") int writers) {
        this.eventStore = eventStore;
        this.model = AnnotatedAggregateMetaModelFactory.inspectAggregate(CaseFile.class, parameterResolvers, handlers);
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.batchEvents = batchEvents;
        this.snapshotEvery = snapshotEvery;
        this.writers = Math.max(1, writers);
    }

    /** True while no case has been recorded: a population is loaded only into such a store. */
    public boolean storeIsEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry) OR EXISTS (SELECT 1 FROM service_number_claim)",
                Boolean.class));
    }

    /**
     * Loads these cases, in batches, each case's commands in order. {@code requestId} is recorded
     * on every event as the request that caused it (the load's name: "population-seed-42"). The
     * stream is read on a thread of its own, a batch ahead of those being written, and batches are
     * written by threads of their own: it must not depend on the caller's thread (its transaction,
     * its security context). Batches may commit out of order.
     */
    public Loaded load(Stream<GeneratedCase> cases, String requestId) {
        long started = System.nanoTime();
        int loadedCases = 0;
        long loadedEvents = 0;
        Iterator<GeneratedCase> remaining = cases.iterator();
        // Batches are read (generated, parsed) on a thread of their own, one ahead, and written by
        // {@code writers} threads in transactions of their own (cases of different batches share no
        // row): the aggregate's work and PostgreSQL's overlap. Only the reader touches the stream.
        ExecutorService reader = Executors.newSingleThreadExecutor(named("population-reader"));
        ExecutorService writing = Executors.newFixedThreadPool(writers, named("population-writer"));
        Deque<Future<List<GeneratedCase>>> inFlight = new ArrayDeque<>();
        try {
            Future<List<GeneratedCase>> next = reader.submit(() -> nextBatch(remaining));
            List<GeneratedCase> batch = await(next);
            while (!batch.isEmpty()) {
                next = reader.submit(() -> nextBatch(remaining));
                if (inFlight.size() == writers) {
                    List<GeneratedCase> written = await(inFlight.removeFirst());
                    loadedCases += written.size();
                    loadedEvents += written.stream().mapToLong(GeneratedCase::events).sum();
                }
                List<GeneratedCase> toWrite = batch;
                inFlight.addLast(writing.submit(() -> {
                    transaction.executeWithoutResult(status -> toWrite.forEach(generated -> record(generated, requestId)));
                    return toWrite;
                }));
                batch = await(next);
            }
            while (!inFlight.isEmpty()) {
                List<GeneratedCase> written = await(inFlight.removeFirst());
                loadedCases += written.size();
                loadedEvents += written.stream().mapToLong(GeneratedCase::events).sum();
            }
        } finally {
            reader.shutdownNow();
            // On a failure, the batches still being written roll back with their interrupted transactions.
            writing.shutdownNow();
            awaitTermination(writing);
        }
        return new Loaded(loadedCases, loadedEvents, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * These cases on the caller's thread, in the caller's transaction (joined, or one of their own
     * when there is none): for a writer whose own records must commit or roll back with the cases,
     * as a casualty list's import does with its report and counters. A refused rule rolls it all back.
     */
    public void loadWithin(List<GeneratedCase> cases, String requestId) {
        transaction.executeWithoutResult(status -> cases.forEach(generated -> record(generated, requestId)));
    }

    private static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void awaitTermination(ExecutorService writing) {
        try {
            if (!writing.awaitTermination(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("population writers still running a minute after the load ended");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<GeneratedCase> await(Future<List<GeneratedCase>> batch) {
        try {
            return batch.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the cases", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("loading the cases failed", e.getCause());
        }
    }

    private List<GeneratedCase> nextBatch(Iterator<GeneratedCase> remaining) {
        List<GeneratedCase> batch = new ArrayList<>();
        long events = 0;
        while (remaining.hasNext() && events < batchEvents) {
            GeneratedCase next = remaining.next();
            batch.add(next);
            events += next.events();
        }
        return batch;
    }

    /**
     * One case, in the batch's transaction: its commands handled by one aggregate in memory, in
     * units of work of {@value #COMMANDS_PER_UNIT_OF_WORK} commands. The event store appends a unit
     * of work's events (one JDBC batch) and runs the in-transaction read models (case header, family
     * links) on them as that unit of work commits.
     */
    private void record(GeneratedCase generated, String requestId) {
        List<GeneratedCase.Recorded> all = generated.commands();
        EventSourcedAggregate<CaseFile> aggregate = null;
        for (int from = 0; from < all.size(); from += COMMANDS_PER_UNIT_OF_WORK) {
            List<GeneratedCase.Recorded> part = all.subList(from, Math.min(all.size(), from + COMMANDS_PER_UNIT_OF_WORK));
            DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
            Recording recording = new Recording();
            unitOfWork.registerCorrelationDataProvider(recording);
            try {
                for (GeneratedCase.Recorded recorded : part) {
                    CommandMessage<?> command = GenericCommandMessage.asCommandMessage(recorded.command())
                            .withMetaData(recording.now(who(recorded, requestId)));
                    if (aggregate == null) {
                        aggregate = EventSourcedAggregate.initialize(newCase.create(generated.caseId()), model,
                                eventStore, NoSnapshotTriggerDefinition.TRIGGER);
                    }
                    aggregate.handle(command);
                }
            } catch (Exception | Error e) {
                unitOfWork.rollback(e);
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            unitOfWork.commit();
        }
        if (aggregate != null && aggregate.version() != null && aggregate.version() + 1 >= snapshotEvery) {
            eventStore.storeSnapshot(new GenericDomainEventMessage<>(aggregate.type(), aggregate.identifierAsString(),
                    aggregate.version(), aggregate.getAggregateRoot()));
        }
    }

    /**
     * Who, roles, request and time of the command being handled, which Axon copies onto the event
     * it causes as it would from the command's own unit of work (one per command costs more than
     * the command's handling; the recording context of AxonConfig does the same for writes).
     */
    private static final class Recording implements CorrelationDataProvider {

        private MetaData current = MetaData.emptyInstance();

        MetaData now(MetaData context) {
            current = context;
            return context;
        }

        @Override
        public Map<String, ?> correlationDataFor(org.axonframework.messaging.Message<?> message) {
            return current;
        }
    }

    private static MetaData who(GeneratedCase.Recorded recorded, String requestId) {
        return MetaData.from(Map.of(
                RecordingContext.USER, recorded.user(),
                RecordingContext.ROLES, Roles.CASEWORKER,
                RecordingContext.REQUEST_ID, requestId,
                RecordingContext.RECORDED_AT, recorded.recordedAt().toString()));
    }
}
