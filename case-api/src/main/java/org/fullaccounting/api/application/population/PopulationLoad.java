package org.fullaccounting.api.application.population;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.infrastructure.request.RecordingContext;
import org.fullaccounting.casefile.population.GeneratedCase;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Opens many cases at once, each with its whole history, through the domain: every command goes
 * through the command bus to the case aggregate, which checks it as it checks a write over HTTP,
 * and the events are stored by Axon's event store in its own format, chained by the database's
 * trigger. Only the grouping differs from a normal write: one transaction and one Axon unit of
 * work per batch of cases (about {@code fa.population.batch-events} events), so the event store
 * appends the batch's events as one JDBC batch, instead of one transaction per command.
 *
 * <p>Any source of cases uses it: the synthetic population and, later, casualty lists, whose rows
 * become the same commands. A rule the aggregate refuses rolls back the batch and stops the load.
 */
@Service
public class PopulationLoad {

    /** How many cases and events were loaded, and how long it took. */
    public record Loaded(int cases, long events, Duration took) {

        public double eventsPerSecond() {
            return events / Math.max(0.001, took.toNanos() / 1e9);
        }
    }

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final int batchEvents;

    PopulationLoad(CommandGateway commands, TransactionTemplate transaction, JdbcTemplate jdbc,
                   @Value("${fa.population.batch-events:20000}") int batchEvents) {
        this.commands = commands;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.batchEvents = batchEvents;
    }

    /** True while no case has been recorded: a population is loaded only into such a store. */
    public boolean storeIsEmpty() {
        return !Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM domain_event_entry) OR EXISTS (SELECT 1 FROM service_number_claim)",
                Boolean.class));
    }

    /**
     * Loads these cases, in batches, each case's commands in order. {@code requestId} is recorded
     * on every event as the request that caused it (the load's name: "population-seed-42").
     */
    public Loaded load(Stream<GeneratedCase> cases, String requestId) {
        long started = System.nanoTime();
        int loadedCases = 0;
        long loadedEvents = 0;
        Iterator<GeneratedCase> remaining = cases.iterator();
        while (remaining.hasNext()) {
            List<GeneratedCase> batch = nextBatch(remaining);
            transaction.executeWithoutResult(status -> send(batch, requestId));
            loadedCases += batch.size();
            loadedEvents += batch.stream().mapToLong(GeneratedCase::events).sum();
        }
        return new Loaded(loadedCases, loadedEvents, Duration.ofNanos(System.nanoTime() - started));
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
     * One unit of work around the batch: each command's own unit of work nests in it, so the
     * cases stay in memory between their commands and their events are appended when it commits.
     */
    private void send(List<GeneratedCase> batch, String requestId) {
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        unitOfWork.execute(() -> {
            for (GeneratedCase generated : batch) {
                for (GeneratedCase.Recorded recorded : generated.commands()) {
                    commands.sendAndWait(GenericCommandMessage.asCommandMessage(recorded.command())
                            .withMetaData(who(recorded, requestId)));
                }
            }
        });
    }

    private static MetaData who(GeneratedCase.Recorded recorded, String requestId) {
        return MetaData.from(Map.of(
                RecordingContext.USER, recorded.user(),
                RecordingContext.ROLES, Roles.CASEWORKER,
                RecordingContext.REQUEST_ID, requestId,
                RecordingContext.RECORDED_AT, recorded.recordedAt().toString()));
    }
}
