package org.fullaccounting.api.infrastructure.metrics;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.fullaccounting.api.application.admin.ProcessorStatus;
import org.fullaccounting.api.application.admin.Projections;
import org.fullaccounting.projections.ReadModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Each read model as this node sees it, from the same status the admin page shows: position,
 * lag behind the store's head (events), parked events, whether it replays and how far (0..1);
 * and the head itself.
 * One status read (two small queries for all models) serves every gauge for {@link #FRESH}, so a
 * scrape costs at most one read however many gauges it asks for.
 */
@Component
class ReadModelMetrics implements MeterBinder {

    static final Duration FRESH = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ReadModelMetrics.class);

    private final Projections projections;
    private Map<String, ProcessorStatus> latest = Map.of();
    private long readAt;
    private boolean read;

    ReadModelMetrics(Projections projections) {
        this.projections = projections;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("fa.events.head", this, metrics -> metrics.statuses().values().stream()
                        .mapToDouble(ProcessorStatus::head).max().orElse(Double.NaN))
                .description("Position of the last event in the store").register(registry);
        for (ReadModel model : projections.models()) {
            String name = model.name();
            gauge(registry, "fa.readmodel.position", name, "Position in the event stream (lowest segment here)",
                    status -> status.position() == null ? Double.NaN : status.position());
            gauge(registry, "fa.readmodel.lag", name, "Events between the store's head and the position",
                    status -> status.behind() == null ? Double.NaN : status.behind());
            gauge(registry, "fa.readmodel.parked.events", name, "Events parked as dead letters",
                    ProcessorStatus::deadLetters);
            gauge(registry, "fa.readmodel.replaying", name, "1 while re-applying events before the reset point",
                    status -> status.replaying() ? 1 : 0);
            gauge(registry, "fa.readmodel.replay.progress", name, "Share of a replay done; 1 when none runs",
                    ReadModelMetrics::progress);
        }
    }

    private void gauge(MeterRegistry registry, String metric, String model, String description,
                       ToDoubleFunction<ProcessorStatus> value) {
        Gauge.builder(metric, this, metrics -> metrics.value(model, value))
                .description(description).tag("model", model).register(registry);
    }

    private static double progress(ProcessorStatus status) {
        if (!status.replaying()) {
            return 1;
        }
        if (status.position() == null || status.replayUntil() == null || status.replayUntil() <= 0) {
            return 0;
        }
        return Math.min(1, (double) status.position() / status.replayUntil());
    }

    private double value(String model, ToDoubleFunction<ProcessorStatus> value) {
        ProcessorStatus status = statuses().get(model);
        return status == null ? Double.NaN : value.applyAsDouble(status);
    }

    private synchronized Map<String, ProcessorStatus> statuses() {
        long now = System.nanoTime();
        if (!read || now - readAt > FRESH.toNanos()) {
            read = true;
            readAt = now;
            try {
                latest = projections.statuses().stream()
                        .collect(Collectors.toMap(ProcessorStatus::name, Function.identity()));
            } catch (RuntimeException unavailable) {
                log.debug("Read model status for metrics unavailable", unavailable);
                latest = Map.of();
            }
        }
        return latest;
    }
}
