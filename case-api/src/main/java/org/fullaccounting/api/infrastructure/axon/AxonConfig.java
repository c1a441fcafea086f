package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.GenericAggregateFactory;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.common.lock.PessimisticLockFactory;
import org.axonframework.modelling.command.RepositorySpanFactory;
import org.axonframework.modelling.command.DefaultRepositorySpanFactory;
import org.axonframework.modelling.command.inspection.AggregateModel;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.axonframework.serialization.Serializer;
import org.fullaccounting.api.application.audit.SnapshotSeals;
import org.fullaccounting.api.infrastructure.request.RecordingContext;
import org.fullaccounting.casefile.CaseFile;
import org.fullaccounting.casefile.people.CasePeople;
import org.fullaccounting.casefile.reports.SightingReport;
import org.fullaccounting.casefile.lists.NamedList;
import org.fullaccounting.casefile.sources.SourceRecord;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Duration;

/**
 * Axon on PostgreSQL: JDBC event storage with bytea payloads in snake_case tables owned by
 * Flyway, Jackson with its own ObjectMapper, a SQLState-aware duplicate-key resolver, and the
 * case aggregate with snapshots every N events.
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfig {

    @Bean
    @Primary
    public Serializer serializer() {
        return AxonSerializers.storageSerializer();
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer() {
        return AxonSerializers.storageSerializer();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return AxonSerializers.storageSerializer();
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer serializer,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager,
                                                 EventSchema eventSchema,
                                                 SnapshotSeals snapshotSeals,
                                                 @Value("${fa.projections.gap-timeout:5m}") Duration gapTimeout) {
        return storedEvents(eventSerializer, configuration, connectionProvider, transactionManager, eventSchema,
                gapTimeout)
                .snapshotSerializer(serializer)
                // A snapshot that does not match its seal and the chain is discarded: the case is rebuilt from its events.
                .snapshotFilter(configuration.snapshotFilter().combine(snapshotSeals))
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .build();
    }

    /** The events as both readings of the store see them: the same table, format, upcasters and gap handling. */
    static JdbcEventStorageEngine.Builder storedEvents(Serializer eventSerializer,
                                                      org.axonframework.config.Configuration configuration,
                                                      ConnectionProvider connectionProvider,
                                                      TransactionManager transactionManager,
                                                      EventSchema eventSchema, Duration gapTimeout) {
        return JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .upcasterChain(configuration.upcasterChain())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                // A read model skips a hole in global_index for good once an event above it looks older than
                // this (AxonFramework#4829: the age is the event's own timestamp, taken before its commit). 60 s,
                // Axon's default, equals the longest pause its processors take after errors (a database outage),
                // so a processor waking from one could pass a hole whose transaction was still committing.
                .gapTimeout(Math.toIntExact(gapTimeout.toMillis()));
    }

    /**
     * The event store exactly as Axon's auto-configuration builds it, except how long its shared
     * stream waits before polling for new events when it has none: 100 ms instead of 1 s. The wait
     * matters because a write commits after Axon's unit of work (CaseWriter wraps the command in a
     * Spring transaction), so Axon's own "events committed" wake-up comes too early and the
     * processors would otherwise see each write up to a second late; events written by other
     * nodes are only ever found by this polling. An idle poll is one indexed query.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine,
                                         org.axonframework.config.Configuration configuration,
                                         @Value("${fa.projections.fetch-delay-ms:100}") long fetchDelayMillis) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(fetchDelayMillis)
                .build();
    }

    /**
     * Read models' progress, one row per processor segment. Nodes share a processor's segments
     * through the row's owner: a claim its node has not renewed for {@code claimTimeout} (the node
     * was killed or cut off) may be taken by another node. Owners renew every few seconds
     * (Axon's claim extension, 5 s), so the timeout must stay well above that.
     */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 TokenSchema tokenSchema, NodeName node,
                                 @Value("${fa.projections.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .nodeId(node.value())
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(tokenSchema)
                .contentType(byte[].class)
                .claimTimeout(claimTimeout)
                .build();
    }

    /**
     * Puts who/roles/request id/recorded time on every command as it is dispatched, from the
     * security context, the request and the clock (RecordingContext): no sender passes them by hand.
     */
    @Bean
    public Registration recordingContextOnCommands(CommandBus commandBus, RecordingContext recordingContext) {
        return commandBus.registerDispatchInterceptor(recordingContext.onCommands());
    }

    /** Copies who/roles/request id/recorded time from each command onto the events it causes. */
    @Bean
    public CorrelationDataProvider recordingContextProvider() {
        return new SimpleCorrelationDataProvider(RecordingContext.KEYS);
    }

    /**
     * The case aggregate as Axon inspects it, with Spring's parameter resolvers (so handler
     * parameters such as the service number registry resolve); shared by the factory that Spring's
     * snapshotter finds and by the repository.
     */
    @Bean
    public AggregateModel<CaseFile> caseFileModel(ParameterResolverFactory parameterResolvers,
                                                  HandlerDefinition handlerDefinition) {
        return AnnotatedAggregateMetaModelFactory.inspectAggregate(CaseFile.class, parameterResolvers, handlerDefinition);
    }

    /** Found by Spring's snapshotter, which only knows aggregates through beans. */
    @Bean
    public AggregateFactory<CaseFile> caseFileFactory(AggregateModel<CaseFile> caseFileModel) {
        return new GenericAggregateFactory<>(caseFileModel);
    }

    /**
     * Cases recently written stay in memory between commands ({@code fa.aggregate-cache.*}: at most
     * so many cases, each dropped after so long unused), and are used only while the store's last
     * sequence for the case is theirs (StoreCheckedRepository): a cache that saves loading, never
     * one that changes an answer.
     */
    @Bean
    public CaffeineAggregateCache caseFileCache(@Value("${fa.aggregate-cache.cases:10000}") long cases,
                                                @Value("${fa.aggregate-cache.idle:10m}") Duration idle,
                                                MeterRegistry registry) {
        return new CaffeineAggregateCache(cases, idle, registry);
    }

    @Bean
    public ConfigurerModule caseFileAggregate(AggregateModel<CaseFile> caseFileModel,
                                              AggregateFactory<CaseFile> caseFileFactory,
                                              CaffeineAggregateCache caseFileCache,
                                              @Value("${fa.snapshot.every-events}") int snapshotEvery) {
        return configurer -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(CaseFile.class)
                        .configureAggregateFactory(c -> caseFileFactory)
                        .configureRepository(c -> new StoreCheckedRepository<>(
                                EventSourcingRepository.builder(CaseFile.class)
                                        .aggregateModel(caseFileModel)
                                        .aggregateFactory(caseFileFactory)
                                        .lockFactory(PessimisticLockFactory.usingDefaults())
                                        .snapshotTriggerDefinition(new EventCountSnapshotTriggerDefinition(
                                                c.snapshotter(), snapshotEvery))
                                        .repositoryProvider(c::repository)
                                        .spanFactory(c.getComponent(RepositorySpanFactory.class,
                                                () -> DefaultRepositorySpanFactory.builder()
                                                        .spanFactory(c.spanFactory()).build())),
                                caseFileCache, c.eventStore())));
    }

    /** Remains accessions: a few hundred events at most each (one per candidate and outcome), so no snapshots. */
    @Bean
    public ConfigurerModule remainsAccessionAggregate() {
        return configurer -> configurer.configureAggregate(org.fullaccounting.casefile.remains.RemainsAccession.class);
    }

    /** Loss incidents and camps: few events each, so no snapshots. */
    @Bean
    public ConfigurerModule placesAggregates() {
        return configurer -> configurer.configureAggregate(org.fullaccounting.casefile.places.LossIncident.class)
                .configureAggregate(org.fullaccounting.casefile.places.PowCamp.class);
    }

    /** The source register's documents: few events each, so no snapshots. */
    @Bean
    public ConfigurerModule sourceRecordAggregate() {
        return configurer -> configurer.configureAggregate(SourceRecord.class);
    }

    /** The people of each case (CasePeople): tens of events at most, so no snapshots. */
    @Bean
    public ConfigurerModule casePeopleAggregate() {
        return configurer -> configurer.configureAggregate(CasePeople.class);
    }

    /** Sighting reports of unnamed people: few events each, so no snapshots. */
    @Bean
    public ConfigurerModule sightingReportAggregate() {
        return configurer -> configurer.configureAggregate(SightingReport.class);
    }

    /** Named lists: a few events each (creation and revisions), so no snapshots. */
    @Bean
    public ConfigurerModule namedListAggregate() {
        return configurer -> configurer.configureAggregate(NamedList.class);
    }
}
