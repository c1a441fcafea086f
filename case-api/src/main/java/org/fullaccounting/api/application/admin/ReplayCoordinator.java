package org.fullaccounting.api.application.admin;

import jakarta.annotation.PreDestroy;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.api.infrastructure.axon.NodeName;
import org.fullaccounting.api.infrastructure.axon.ReadModelCatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A replay of a read model across every node, with no operator stopping any: coordinated through
 * PostgreSQL (ReplayLedger), which every node reads once a second.
 *
 * <p>Asking records the replay as RELEASING. Every node running the processor stops it (its segment
 * claims are released) and records that it did. Any node that has stopped tries the reset: it takes
 * the replay's row lock, resets the tokens (Axon refuses while another node holds a live claim; the
 * model's {@code @ResetHandler} clears its tables) and marks the replay RESET, all in one
 * transaction: a node dying half-way leaves it RELEASING for another node to finish. That node keeps
 * the claims the reset took and rebuilds the model in one pass on a thread of its own
 * (ReadModelCatchUp, every model it reset in the same round together), then frees them. Every node
 * that stopped starts its processor again (this one after its catch-up), and the nodes share the
 * segments out. A node that keeps its claims past the timeout (one running an older version) fails
 * the replay, nothing cleared; a dead node's claims lapse after the claim timeout and do not block it.
 * A node that starts while a replay is releasing stops its processor at its first look.
 */
@Component
public class ReplayCoordinator {

    private static final Logger log = LoggerFactory.getLogger(ReplayCoordinator.class);
    /** How long after a reset the nodes share the segments out, and how often one node gives one away. */
    private static final int SHARING_SECONDS = 60;
    private static final long GIVE_AWAY_EVERY_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Projections projections;
    private final ReplayLedger ledger;
    private final TokenStore tokens;
    private final TransactionTemplate transaction;
    private final String node;
    private final Duration timeout;
    /** AxonConfig's claim timeout: a claim not extended for this long is free to take. */
    private final int claimTimeoutSeconds;
    /** Only paces the giving away of segments; nothing of a replay's state is kept here. */
    private final Map<String, Long> lastGiveAway = new ConcurrentHashMap<>();
    private final ReadModelCatchUp catchUp;
    /** Models this node is catching up (their claims, in PostgreSQL, are what keeps other nodes off). */
    private final Set<String> catchingUp = ConcurrentHashMap.newKeySet();
    /** Reset here, their claims held, waiting for a round that resets nothing more: one pass for a burst. */
    private final List<PooledStreamingEventProcessor> toCatchUp = new ArrayList<>();
    private final ExecutorService catchUps = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "read-model-catch-ups");
        thread.setDaemon(true);
        return thread;
    });

    ReplayCoordinator(Projections projections, ReplayLedger ledger, TokenStore tokens, ReadModelCatchUp catchUp,
                      PlatformTransactionManager transactions, NodeName node,
                      @Value("${fa.projections.replay-timeout:60s}") Duration timeout,
                      @Value("${fa.projections.claim-timeout:10s}") Duration claimTimeout) {
        this.projections = projections;
        this.ledger = ledger;
        this.tokens = tokens;
        this.catchUp = catchUp;
        this.transaction = new TransactionTemplate(transactions);
        this.node = node.value();
        this.timeout = timeout;
        this.claimTimeoutSeconds = (int) claimTimeout.toSeconds();
    }

    @PreDestroy
    void stopCatchingUp() {
        catchUps.shutdownNow();
    }

    /** Records a replay of the named model (or answers the one already under way); every node acts on it. */
    public ReplayStatus request(String name, String requestedBy) {
        projections.processor(name);
        long id = ledger.open(name, requestedBy);
        log.info("Replay {} of read model '{}' requested by {} on node {}", id, name, requestedBy, node);
        return status(name, id);
    }

    public ReplayStatus status(String name, long id) {
        ReplayLedger.Replay replay = ledger.find(id).filter(r -> r.processor().equals(name))
                .orElseThrow(() -> Refusal.of(RefusalCode.UNKNOWN_REPLAY, "no replay " + id + " of read model '" + name + "'"));
        return status(replay);
    }

    /** The latest replay of the named model, if it ever had one. */
    public Optional<ReplayStatus> latest(String name) {
        projections.processor(name);
        return ledger.latest(name).map(this::status);
    }

    private ReplayStatus status(ReplayLedger.Replay replay) {
        List<ReplayStatus.Node> nodes = ledger.nodes(replay.id());
        boolean rejoined = !"RELEASING".equals(replay.state()) && nodes.stream().allMatch(n -> n.rejoinedAt() != null);
        return new ReplayStatus(replay.id(), replay.processor(), replay.state(), replay.requestedBy(),
                replay.requestedAt(), replay.resetBy(), replay.endedAt(), replay.failure(), nodes,
                ledger.claimants(replay.processor(), claimTimeoutSeconds), rejoined,
                projections.status(replay.processor()));
    }

    /** Once a second, by Spring's scheduler, on every node: take each replay one step further. */
    @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
    void coordinate() {
        try {
            List<ReplayLedger.Replay> releasing = ledger.releasing();
            List<PooledStreamingEventProcessor> reset = new ArrayList<>();
            releasing.forEach(replay -> releaseAndTryReset(replay).ifPresent(reset::add));
            catchUp(reset);
            rejoin(releasing);
            shareSegments();
        } catch (RuntimeException e) {
            log.warn("Coordinating read-model replays failed on node {}; trying again in a second", node, e);
        }
    }

    /**
     * The models this node reset, still holding their claims from the reset: rebuilt in one pass on a
     * thread of their own (ReadModelCatchUp), and their processors here started after it. A pass
     * starts at the first round that resets nothing more, so replays asked for together (spread over
     * two rounds by when they arrived) share one pass; the claims outlive that second by far.
     */
    private void catchUp(List<PooledStreamingEventProcessor> reset) {
        reset.forEach(processor -> catchingUp.add(processor.getName()));
        toCatchUp.addAll(reset);
        if (!reset.isEmpty() || toCatchUp.isEmpty()) {
            return;
        }
        List<PooledStreamingEventProcessor> together = List.copyOf(toCatchUp);
        toCatchUp.clear();
        catchUps.execute(() -> {
            try {
                catchUp.run(together);
            } finally {
                together.forEach(processor -> catchingUp.remove(processor.getName()));
            }
        });
    }

    private Optional<PooledStreamingEventProcessor> releaseAndTryReset(ReplayLedger.Replay replay) {
        if (catchingUp.contains(replay.processor())) {
            return Optional.empty(); // reset again once this node's catch-up of the model has ended
        }
        PooledStreamingEventProcessor processor = projections.processor(replay.processor());
        if (processor.isRunning()) {
            log.info("Replay {} of '{}': stopping the processor on node {}", replay.id(), replay.processor(), node);
            processor.shutDown();
        }
        ledger.released(replay.id(), node);
        if (replay.seconds() > timeout.toSeconds()) {
            ledger.fail(replay.id(), "still claimed after " + timeout.toSeconds() + " s by "
                    + ledger.claimants(replay.processor(), claimTimeoutSeconds) + "; nothing was cleared");
            log.warn("Replay {} of '{}' failed: a node kept its claims", replay.id(), replay.processor());
            return Optional.empty();
        }
        try {
            if (Boolean.TRUE.equals(transaction.execute(status -> reset(replay, processor)))) {
                log.info("Replay {} of '{}': tokens reset and model cleared by node {}", replay.id(),
                        replay.processor(), node);
                return Optional.of(processor);
            }
        } catch (UnableToClaimTokenException stillClaimed) {
            log.debug("Replay {} of '{}' waits for {} to release their claims", replay.id(), replay.processor(),
                    ledger.claimants(replay.processor(), claimTimeoutSeconds));
        }
        return Optional.empty();
    }

    /**
     * In one transaction: nothing is cleared unless the tokens are reset and the replay marked reset.
     * The reset claims every segment for this node; the catch-up that follows keeps them, and frees
     * them when it ends, so every node can take its share (a node that dies meanwhile loses them
     * after the claim timeout).
     */
    private boolean reset(ReplayLedger.Replay replay, PooledStreamingEventProcessor processor) {
        if (!ledger.lockReleasing(replay.id())) {
            return false;
        }
        processor.resetTokens();
        ledger.reset(replay.id(), node);
        return true;
    }

    private void rejoin(List<ReplayLedger.Replay> releasing) {
        for (ReplayLedger.Rejoin rejoin : ledger.toRejoin(node)) {
            // (The list was read before this round's reset, so it may still show the replay just reset.)
            boolean newerReplay = releasing.stream()
                    .anyMatch(r -> r.processor().equals(rejoin.processor()) && r.id() > rejoin.id());
            if (catchingUp.contains(rejoin.processor())) {
                continue; // started, and rejoined, once this node's catch-up of the model has ended
            }
            PooledStreamingEventProcessor processor = projections.processor(rejoin.processor());
            if (!newerReplay && !processor.isRunning()) {
                processor.start();
                projections.forgetRate(rejoin.processor());
                log.info("Replay {} of '{}': processor started again on node {}", rejoin.id(), rejoin.processor(), node);
            }
            ledger.rejoined(rejoin.id(), node);
        }
    }

    /**
     * Right after a reset the first node to start claims every segment; for a while a node holding
     * more than its share (segments / rejoined nodes, rounded up) gives one away now and then.
     */
    private void shareSegments() {
        ledger.rejoinedLately(SHARING_SECONDS).forEach((name, nodes) -> {
            PooledStreamingEventProcessor processor = projections.processor(name);
            Map<Integer, ?> held = processor.processingStatus();
            int share = (int) Math.ceil(tokens.fetchSegments(name).length / (double) Math.max(1, nodes));
            long now = System.nanoTime();
            Long last = lastGiveAway.get(name);
            if (nodes > 1 && held.size() > share && (last == null || now - last > GIVE_AWAY_EVERY_NANOS)) {
                int segment = held.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
                processor.releaseSegment(segment);
                lastGiveAway.put(name, now);
                log.info("Node {} holds {} of '{}''s segments, its share is {}: releasing segment {}", node,
                        held.size(), name, share, segment);
            }
        });
    }
}
