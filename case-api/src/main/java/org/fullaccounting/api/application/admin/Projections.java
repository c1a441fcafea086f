package org.fullaccounting.api.application.admin;

import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.fullaccounting.api.infrastructure.axon.ProjectionSavepoints;
import org.fullaccounting.projections.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Operates the read models' processors: their progress, their replay, and the events they parked.
 *
 * <p>A replay (ReplayCoordinator) is: stop the processor on every node, reset its tokens (which
 * runs the model's {@code @ResetHandler}, clearing its tables, in the same transaction that writes
 * the replay tokens), start it again on every node. Everything that makes it correct is in
 * PostgreSQL (tables, tokens and the replay's own record), none of it in this node's memory. Reads
 * keep answering throughout; while the replay runs they answer from a partly rebuilt model, which
 * the status shows as replaying.
 */
@Component
public class Projections {

    private static final Logger log = LoggerFactory.getLogger(Projections.class);
    private static final int SAMPLES = 5;

    private final org.axonframework.config.Configuration axon;
    private final EventStore events;
    private final DeadLetters deadLetters;
    private final Map<String, ReadModel> models;
    private final Map<String, Deque<long[]>> samples = new ConcurrentHashMap<>();

    Projections(org.axonframework.config.Configuration axon, EventStore events, List<ReadModel> models,
                DeadLetters deadLetters) {
        this.axon = axon;
        this.events = events;
        this.deadLetters = deadLetters;
        this.models = models.stream().collect(Collectors.toMap(ReadModel::name, m -> m));
    }

    public Collection<ReadModel> models() {
        return models.values();
    }

    public List<ProcessorStatus> statuses() {
        long head = head();
        Map<String, DeadLetters.Summary> parked = deadLetters.summaries();
        return models.keySet().stream().sorted().map(name -> status(name, head, parked)).collect(Collectors.toList());
    }

    public ProcessorStatus status(String name) {
        return status(name, head(), deadLetters.summaries());
    }

    /** The events the named read model has parked (at most {@code limit}). */
    public List<ParkedEvent> deadLetters(String name, int limit) {
        processor(name);
        return deadLetters.list(name, limit);
    }

    /**
     * Applies the named model's parked events again, case by case, in their order (after the cause
     * was removed). A case whose first event still fails stays parked, with the new cause; the others
     * go on. Runs on this node; the letters are claimed in PostgreSQL, so nodes never retry one twice.
     */
    public RetryResult retryDeadLetters(String name) {
        processor(name);
        SequencedDeadLetterProcessor<EventMessage<?>> letters = axon.eventProcessingConfiguration()
                .sequencedDeadLetterProcessor(name).orElseThrow(() -> Refusal.of(RefusalCode.UNKNOWN_PROJECTION, "no read model named '" + name + "'"));
        long cases = summary(name).cases();
        int applied = ProjectionSavepoints.always(() -> {
            int done = 0;
            for (long i = 0; i < cases; i++) {
                if (letters.processAny()) {
                    done++;
                }
            }
            return done;
        });
        log.info("Retried the parked events of read model '{}': {} of {} cases applied", name, applied, cases);
        return new RetryResult(name, (int) cases, applied, summary(name).events());
    }

    private DeadLetters.Summary summary(String name) {
        return deadLetters.summaries().getOrDefault(name, DeadLetters.Summary.NONE);
    }

    /** A replay starts afresh: the rate is measured from its own positions. */
    void forgetRate(String name) {
        samples.remove(name);
    }

    private ProcessorStatus status(String name, long head, Map<String, DeadLetters.Summary> parked) {
        PooledStreamingEventProcessor processor = processor(name);
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        OptionalLong position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
        OptionalLong replayUntil = segments.stream().filter(EventTrackerStatus::isReplaying)
                .map(EventTrackerStatus::getResetPosition).filter(OptionalLong::isPresent)
                .mapToLong(OptionalLong::getAsLong).max();
        boolean replaying = replaying(segments);
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp);
        Long at = position.isPresent() ? position.getAsLong() : null;
        DeadLetters.Summary letters = parked.getOrDefault(name, DeadLetters.Summary.NONE);
        return new ProcessorStatus(name, processor.isRunning(), processor.isError() || letters.events() > 0,
                segments.size(), at, head, at == null ? null : Math.max(0, head - at), replaying, caughtUp,
                replayUntil.isPresent() ? replayUntil.getAsLong() : null, replaying ? rate(name) : null,
                letters.events(), letters.cases(), letters.lastCause());
    }

    /**
     * Re-applying events from before the reset. (Axon's own flag stays up until the first event
     * after the reset point arrives, which on a quiet system can be long after the work is done.)
     */
    private static boolean replaying(Collection<EventTrackerStatus> segments) {
        return segments.stream().anyMatch(segment -> segment.isReplaying()
                && segment.getCurrentPosition().orElse(-1) < segment.getResetPosition().orElse(Long.MAX_VALUE));
    }

    PooledStreamingEventProcessor processor(String name) {
        if (!models.containsKey(name)) {
            throw Refusal.of(RefusalCode.UNKNOWN_PROJECTION, "no read model named '" + name + "'");
        }
        return axon.eventProcessingConfiguration()
                .eventProcessor(name, PooledStreamingEventProcessor.class)
                .orElseThrow(() -> Refusal.of(RefusalCode.UNKNOWN_PROJECTION, "no read model named '" + name + "'"));
    }

    private long head() {
        TrackingToken head = events.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }

    /** Once a second, by Spring's scheduler: the positions the rates are computed from. */
    @Scheduled(initialDelay = 1, fixedRate = 1, timeUnit = TimeUnit.SECONDS)
    void sample() {
        try {
            long now = System.nanoTime();
            for (String name : models.keySet()) {
                Collection<EventTrackerStatus> segments = processor(name).processingStatus().values();
                OptionalLong position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                        .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min();
                if (position.isEmpty() || !replaying(segments)) {
                    samples.remove(name);
                    continue;
                }
                Deque<long[]> window = samples.computeIfAbsent(name, n -> new ArrayDeque<>());
                synchronized (window) {
                    window.addLast(new long[]{now, position.getAsLong()});
                    while (window.size() > SAMPLES) {
                        window.removeFirst();
                    }
                }
            }
        } catch (RuntimeException e) {
            log.debug("Sampling projection positions failed", e);
        }
    }

    private Double rate(String name) {
        Deque<long[]> window = samples.get(name);
        if (window == null) {
            return null;
        }
        synchronized (window) {
            if (window.size() < 2) {
                return null;
            }
            long[] first = window.getFirst();
            long[] last = window.getLast();
            double seconds = (last[0] - first[0]) / 1e9;
            return seconds <= 0 ? null : Math.round((last[1] - first[1]) / seconds * 10) / 10.0;
        }
    }
}
