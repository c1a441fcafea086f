package org.fullaccounting.api.infrastructure.health;

import org.fullaccounting.api.application.admin.ProcessorStatus;
import org.fullaccounting.api.application.admin.Projections;
import org.fullaccounting.api.infrastructure.axon.StoredPositions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read models' part of readiness ({@code readModels} in the health group {@code readiness}):
 * DOWN while the event store cannot be asked for its head (the database is away) or while a read
 * model is more than {@code fa.health.read-model-lag-limit} events behind it, or while a segment
 * of a model is behind and nobody has written its stored token for
 * {@code fa.health.read-model-stall-limit} (a processor that stopped: every node that holds a
 * segment writes its row at least every few seconds, and one that fails retries within a minute,
 * so a row left alone longer means no node is working on it, and its model answers from the past
 * however few events it misses). Both are read from the stored tokens (StoredPositions), so they
 * are the same on every node and count segments no node holds. A model being replayed is behind
 * on purpose and does not count (every node would otherwise leave service at once).
 */
@Component("readModels")
class ReadModelsHealth extends AbstractHealthIndicator {

    private final Projections projections;
    private final StoredPositions positions;
    private final long lagLimit;
    private final Duration stallLimit;
    private final Clock clock;

    ReadModelsHealth(Projections projections, StoredPositions positions,
                     @Value("${fa.health.read-model-lag-limit:10000}") long lagLimit,
                     @Value("${fa.health.read-model-stall-limit:2m}") Duration stallLimit, Clock clock) {
        super("read models cannot be checked");
        this.projections = projections;
        this.positions = positions;
        this.lagLimit = lagLimit;
        this.stallLimit = stallLimit;
        this.clock = clock;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        List<ProcessorStatus> statuses = projections.statuses();
        Map<String, Object> behind = new LinkedHashMap<>();
        Map<String, Object> stalled = new LinkedHashMap<>();
        boolean lagging = false;
        for (ProcessorStatus status : statuses) {
            Optional<StoredPositions.Stored> stored = positions.of(status.name());
            long lag = status.head() - stored.map(StoredPositions.Stored::lowest).orElse(-1L);
            boolean replaying = status.replaying() || stored.map(StoredPositions.Stored::replaying).orElse(false);
            behind.put(status.name(), replaying ? "replaying" : lag);
            long untouched = stored.map(s -> s.untouchedSecondsBehind(status.head(), clock.instant())).orElse(0L);
            if (!replaying && untouched > stallLimit.toSeconds()) {
                stalled.put(status.name(), untouched + " s without progress");
            }
            lagging |= !replaying && lag > lagLimit;
        }
        (lagging || !stalled.isEmpty() ? health.down() : health.up()).withDetail("lagLimit", lagLimit).withDetail("behind", behind)
                .withDetail("stallLimit", stallLimit.toString()).withDetail("stalled", stalled);
    }
}
