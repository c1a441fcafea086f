package org.fullaccounting.api.infrastructure.scheduling;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Periodic work runs on Spring's task scheduler (one thread, spring.task.scheduling.*), started
 * and stopped with the application context: no bean starts its own executor.
 */
@Configuration
@EnableScheduling
public class SchedulingConfig {
}
