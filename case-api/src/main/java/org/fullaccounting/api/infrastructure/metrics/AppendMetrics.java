package org.fullaccounting.api.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Appended events: a counter {@code fa.events.appended} per kind of entry (the event's type), so
 * Prometheus's rate() gives appends per second. Counted when the transaction that appends them
 * commits: a write refused or retried after another node's append counts nothing. MetricsConfig puts
 * it on the event store; not itself an interceptor bean, which Axon would also put on its event gateway.
 */
@Component
public class AppendMetrics {

    private final MeterRegistry registry;

    AppendMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    MessageDispatchInterceptor<EventMessage<?>> interceptor() {
        return this::count;
    }

    private BiFunction<Integer, EventMessage<?>, EventMessage<?>> count(List<? extends EventMessage<?>> events) {
        Map<String, Long> perKind = events.stream()
                .collect(Collectors.groupingBy(event -> event.getPayloadType().getSimpleName(), Collectors.counting()));
        Runnable count = () -> perKind.forEach((kind, n) -> Counter.builder("fa.events.appended")
                .description("Events appended to the event store (committed)")
                .tag("kind", kind).register(registry).increment(n));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
        return (index, event) -> event;
    }
}
