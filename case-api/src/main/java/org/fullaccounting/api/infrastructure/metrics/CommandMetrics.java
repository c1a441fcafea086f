package org.fullaccounting.api.infrastructure.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Command latency: a timer {@code fa.commands} around the handling of every command (loading the
 * case, its rules, appending its events), tagged with the command and whether it succeeded.
 * Axon's own Micrometer module is not published for 4.13, so this is the one interceptor it would
 * have registered; MetricsConfig puts it on the command bus. Not itself an interceptor bean: Axon's
 * auto-configuration puts every such bean on the bus as well, and each command would count twice.
 */
@Component
public class CommandMetrics {

    private final MeterRegistry registry;

    CommandMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    MessageHandlerInterceptor<CommandMessage<?>> interceptor() {
        return this::time;
    }

    private Object time(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "failure";
        try {
            Object result = chain.proceed();
            outcome = "success";
            return result;
        } finally {
            sample.stop(Timer.builder("fa.commands")
                    .description("Handling of a command: loading the case, its rules, appending its events")
                    .tag("command", unitOfWork.getMessage().getPayloadType().getSimpleName())
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }
}
