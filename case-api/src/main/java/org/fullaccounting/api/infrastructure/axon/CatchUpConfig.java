package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** What a read models' catch-up (ReadModelCatchUp) reads with. */
@Configuration(proxyBeanMethods = false)
public class CatchUpConfig {

    /**
     * The event store as a catch-up reads it: only forwards from a token, in batches of {@code
     * fa.projections.catch-up.read-batch} events per query instead of Axon's 100; otherwise as the
     * store itself reads its events (AxonConfig.storedEvents).
     */
    @Bean
    public CatchUpReader.Store catchUpEvents(@Qualifier("eventSerializer") Serializer eventSerializer,
                                            org.axonframework.config.Configuration configuration,
                                            ConnectionProvider connectionProvider,
                                            TransactionManager transactionManager, EventSchema eventSchema,
                                            @Value("${fa.projections.gap-timeout:5m}") Duration gapTimeout,
                                            @Value("${fa.projections.catch-up.read-batch:10000}") int readBatch) {
        return new CatchUpReader.Store(AxonConfig.storedEvents(eventSerializer, configuration, connectionProvider,
                        transactionManager, eventSchema, gapTimeout)
                .snapshotSerializer(eventSerializer) // snapshots are never read forwards
                .batchSize(readBatch)
                .build());
    }
}
