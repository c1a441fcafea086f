package org.fullaccounting.api.infrastructure.health;

import org.fullaccounting.api.application.admin.ProcessorStatus;
import org.fullaccounting.api.application.admin.Projections;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read models' part of readiness ({@code readModels} in the health group {@code readiness}):
 * DOWN while the event store cannot be asked for its head (the database is away) or while a read
 * model is more than {@code fa.health.read-model-lag-limit} events behind it. The lag is read from
 * the stored tokens (StoredPositions), so it is the same on every node and counts segments no node
 * holds. A model being replayed is behind on purpose and does not count (every node would otherwise
 * leave service at once).
 */
@Component("readModels")
class ReadModelsHealth extends AbstractHealthIndicator {

    private final Projections projections;
    private final StoredPositions positions;
    private final long lagLimit;

    ReadModelsHealth(Projections projections, StoredPositions positions,
                     @Value("${fa.health.read-model-lag-limit:10000}") long lagLimit) {
        super("read models cannot be checked");
        this.projections = projections;
        this.positions = positions;
        this.lagLimit = lagLimit;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        List<ProcessorStatus> statuses = projections.statuses();
        Map<String, Object> behind = new LinkedHashMap<>();
        boolean lagging = false;
        for (ProcessorStatus status : statuses) {
            Optional<StoredPositions.Stored> stored = positions.of(status.name());
            long lag = status.head() - stored.map(StoredPositions.Stored::lowest).orElse(-1L);
            boolean replaying = status.replaying() || stored.map(StoredPositions.Stored::replaying).orElse(false);
            behind.put(status.name(), replaying ? "replaying" : lag);
            if (!replaying && lag > lagLimit) {
                lagging = true;
            }
        }
        (lagging ? health.down() : health.up()).withDetail("lagLimit", lagLimit).withDetail("behind", behind);
    }
}
