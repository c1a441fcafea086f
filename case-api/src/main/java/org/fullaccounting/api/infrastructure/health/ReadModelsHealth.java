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

/**
 * The read models' part of readiness ({@code readModels} in the health group {@code readiness}):
 * DOWN while the event store cannot be asked for its head (the database is away) or while a read
 * model this node runs is more than {@code fa.health.read-model-lag-limit} events behind it. A model
 * being replayed is behind on purpose and does not count (every node would otherwise leave service
 * at once); a model whose segments another node holds has no position here and does not count either.
 */
@Component("readModels")
class ReadModelsHealth extends AbstractHealthIndicator {

    private final Projections projections;
    private final long lagLimit;

    ReadModelsHealth(Projections projections, @Value("${fa.health.read-model-lag-limit:10000}") long lagLimit) {
        super("read models cannot be checked");
        this.projections = projections;
        this.lagLimit = lagLimit;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        List<ProcessorStatus> statuses = projections.statuses();
        Map<String, Object> behind = new LinkedHashMap<>();
        boolean lagging = false;
        for (ProcessorStatus status : statuses) {
            behind.put(status.name(), status.behind() == null ? "not claimed here" : status.behind());
            if (!status.replaying() && status.behind() != null && status.behind() > lagLimit) {
                lagging = true;
            }
        }
        (lagging ? health.down() : health.up()).withDetail("lagLimit", lagLimit).withDetail("behind", behind);
    }
}
