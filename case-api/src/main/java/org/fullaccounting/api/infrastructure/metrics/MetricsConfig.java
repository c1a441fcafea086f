package org.fullaccounting.api.infrastructure.metrics;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the command timer and the append counter where every command and every event passes. */
@Configuration(proxyBeanMethods = false)
public class MetricsConfig {

    @Bean
    public Registration commandTimer(CommandBus commandBus, CommandMetrics commands) {
        return commandBus.registerHandlerInterceptor(commands.interceptor());
    }

    @Bean
    public Registration appendCounter(EventStore eventStore, AppendMetrics appends) {
        return eventStore.registerDispatchInterceptor(appends.interceptor());
    }
}
