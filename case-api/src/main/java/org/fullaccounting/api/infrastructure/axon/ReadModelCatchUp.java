package org.fullaccounting.api.infrastructure.axon;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.fullaccounting.api.infrastructure.database.TableStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Brings read models a long way behind the event store (a replay, a population just loaded) up to
 * its head in one pass instead of one pass per model: one reader takes the events from PostgreSQL
 * in large batches and deserializes each once, and every model applies them on a thread of its
 * own, through its processor's own handlers, in chunks of {@code fa.projections.catch-up.chunk-events}
 * with the chunk's token (ReadModelCatchUp's answer to a pooled processor per model, each reading and
 * deserializing every event itself, and each batch costing Axon's per-event bookkeeping: 7,600
 * events/s for all five models together).
 *
 * <p>The processors must be stopped on this node. Their segments are claimed for this node in the
 * token store, as a processor claims them, so another node's processor cannot take them meanwhile;
 * each chunk's transaction stores the tokens, which also renews the claims. Nothing of it is kept
 * only here: if this node dies, its claims lapse after the claim timeout and any node's processor
 * goes on from the last stored token. A catch-up runs only when every segment of every model stands
 * at the same position (as after a reset, or before a first pass); a chunk that fails ends it, and the
 * processors, started again, meet the failing event themselves and park it as usual.
 */
@Component
public class ReadModelCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCatchUp.class);

    private final TokenStore tokens;
    private final CatchUpReader.Store events;
    private final TransactionManager transactions;
    private final boolean enabled;
    private final int chunkEvents;
    private final Counter applied;
    private final Counter stopped;
    private final TableStatistics statistics;

    /** A pass of at least this many events is a bulk write: PostgreSQL's statistics are gathered after it. */
    public static final long STATISTICS_AFTER_EVENTS = 100_000;

    ReadModelCatchUp(TokenStore tokens, CatchUpReader.Store events, TransactionManager transactions,
                     @Value("${fa.projections.catch-up.enabled:true}") boolean enabled,
                     @Value("${fa.projections.catch-up.chunk-events:5000}") int chunkEvents, MeterRegistry registry,
                     TableStatistics statistics) {
        this.statistics = statistics;
        this.tokens = tokens;
        this.events = events;
        this.transactions = transactions;
        this.enabled = enabled;
        this.chunkEvents = chunkEvents;
        this.applied = Counter.builder("fa.readmodels.catchup.events")
                .description("Events read models applied in catch-ups (replays, a population just loaded)")
                .register(registry);
        this.stopped = Counter.builder("fa.readmodels.catchup.stopped")
                .description("Catch-ups that stopped before the head (their processors went on from their tokens)")
                .register(registry);
    }

    /** What a catch-up did: how many events it read, how long it took, or why it did not run or stopped. */
    public record Outcome(boolean completed, long events, Duration took, String note) {

        /**
         * A completed pass of at least {@link #STATISTICS_AFTER_EVENTS} events: a bulk write, after which the
         * catch-up gathers the tables' statistics.
         */
        public boolean bulk() {
            return completed && events >= STATISTICS_AFTER_EVENTS;
        }

        static Outcome skipped(String why) {
            return new Outcome(false, 0, Duration.ZERO, why);
        }
    }

    /**
     * Claims every segment of these (stopped) processors for this node, or none of them: false when
     * another node holds one. {@link #run} needs the claims; a claim held already by this node counts.
     */
    public boolean claim(Collection<PooledStreamingEventProcessor> processors) {
        List<String> claimed = new ArrayList<>();
        try {
            transactions.executeInTransaction(() -> processors.forEach(processor -> {
                for (int segment : tokens.fetchSegments(processor.getName())) {
                    tokens.fetchToken(processor.getName(), segment);
                }
                claimed.add(processor.getName());
            }));
            return true;
        } catch (UnableToClaimTokenException heldElsewhere) {
            release(claimed);
            return false;
        }
    }

    /** Releases this node's claims on the processors' segments. */
    public void release(Collection<String> processors) {
        transactions.executeInTransaction(() -> processors.forEach(name -> {
            for (int segment : tokens.fetchSegments(name)) {
                tokens.releaseClaim(name, segment);
            }
        }));
    }

    /**
     * Catches the processors (stopped here, their segments claimed by {@link #claim}) up with the
     * head of the store, then releases the claims whatever happened; start the processors after.
     */
    public Outcome run(List<PooledStreamingEventProcessor> processors) {
        List<String> names = processors.stream().map(PooledStreamingEventProcessor::getName).toList();
        try {
            if (!enabled || processors.isEmpty()) {
                return Outcome.skipped("turned off (fa.projections.catch-up.enabled) or nothing to catch up");
            }
            return commonStart(names).map(start -> pass(processors, start.token()))
                    .orElseGet(() -> Outcome.skipped("the models' segments stand at different positions"));
        } finally {
            release(names);
        }
    }

    private Outcome pass(List<PooledStreamingEventProcessor> processors, TrackingToken start) {
        long started = System.nanoTime();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<CatchUpWorker> workers = processors.stream().map(processor -> new CatchUpWorker(processor.getName(),
                tokens.fetchSegments(processor.getName()), processor.eventHandlerInvoker(), tokens, transactions,
                failure)).toList();
        log.info("Catching up read models {} from {} in one pass", workers.stream().map(CatchUpWorker::processor)
                .toList(), start == null ? "the first event" : start);
        long read = new CatchUpReader(events, chunkEvents, failure).pump(start, workers);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        Throwable failed = failure.get();
        if (failed != null) {
            stopped.increment();
            log.warn("Catch-up of read models stopped after {} events; their processors go on from their tokens",
                    read, failed);
            return new Outcome(false, read, took, failed.toString());
        }
        applied.increment(read);
        log.info(String.format(Locale.ROOT, "Caught up read models %s: %d events in %.1f s (%.0f events/s)",
                workers.stream().map(CatchUpWorker::processor).toList(), read, took.toMillis() / 1000.0,
                read / Math.max(0.001, took.toMillis() / 1000.0)));
        Outcome outcome = new Outcome(true, read, took, "");
        if (outcome.bulk()) {
            // Tables just emptied and filled again (a replay), or filled for the first time, are
            // planned from stale or no statistics until they are gathered.
            statistics.refreshAfter("catching up read models over " + read + " events");
        }
        return outcome;
    }

    /** A position in the store; a null token is before its first event. */
    private record Position(TrackingToken token) {
    }

    /**
     * Where every segment of every model stands, if they all stand at the same place (before the first
     * event: never processed, or reset to replay it all); empty when they differ.
     */
    private Optional<Position> commonStart(List<String> names) {
        Set<Position> positions = new HashSet<>();
        transactions.executeInTransaction(() -> names.forEach(name -> {
            for (int segment : tokens.fetchSegments(name)) {
                TrackingToken token = tokens.fetchToken(name, segment);
                // A replay token stands where its current token does (replay tokens may wrap one another).
                positions.add(new Position(WrappedToken.unwrapLowerBound(token)));
            }
        }));
        return positions.size() == 1 ? Optional.of(positions.iterator().next()) : Optional.empty();
    }
}
