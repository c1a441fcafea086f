package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.api.application.timetravel.RecordedEvents;
import org.fullaccounting.projections.board.BoardProjection;
import org.fullaccounting.projections.board.BoardQuery;
import org.fullaccounting.projections.caseheader.CaseHeaderProjection;
import org.fullaccounting.projections.caseheader.CaseHeaderQuery;
import org.fullaccounting.projections.correspondence.CorrespondenceProjection;
import org.fullaccounting.projections.correspondence.CorrespondenceQuery;
import org.fullaccounting.projections.familylinks.FamilyLinkProjection;
import org.fullaccounting.projections.familylinks.FamilyLinks;
import org.fullaccounting.projections.findings.FindingProjection;
import org.fullaccounting.projections.findings.FindingQuery;
import org.fullaccounting.projections.history.HistoryProjection;
import org.fullaccounting.projections.namedlists.NamedListProjection;
import org.fullaccounting.projections.namedlists.NamedListQuery;
import org.fullaccounting.projections.history.HistoryQuery;
import org.fullaccounting.projections.places.PlacesProjection;
import org.fullaccounting.projections.places.PlacesQuery;
import org.fullaccounting.projections.remains.AccessionQuery;
import org.fullaccounting.projections.remains.AccessionRegisterProjection;
import org.fullaccounting.projections.search.SearchProjection;
import org.fullaccounting.projections.search.SearchQuery;
import org.fullaccounting.projections.people.PeopleProjection;
import org.fullaccounting.projections.people.PeopleQuery;
import org.fullaccounting.projections.reports.SightingReportProjection;
import org.fullaccounting.projections.reports.SightingReportQuery;
import org.fullaccounting.projections.sources.SourceQuery;
import org.fullaccounting.projections.sources.SourceRegisterProjection;
import org.fullaccounting.projections.sightings.SightingsProjection;
import org.fullaccounting.projections.sightings.SightingsQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * The read models: their handlers and queries as beans (case-projections knows no Spring), each
 * handler in a pooled streaming processor of its own name, with its tokens in PostgreSQL (the
 * JdbcTokenStore of AxonConfig). One processor per model, so one model can be rebuilt while the
 * others keep running. Handler writes and token updates commit in one transaction. An event a
 * model cannot apply is parked in its dead-letter queue (DeadLetterQueues) and the stream goes on.
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionsConfig {

    /** Processor name to the handler class it runs. */
    static final Map<String, Class<?>> PROCESSORS = Map.of(
            BoardProjection.NAME, BoardProjection.class,
            HistoryProjection.NAME, HistoryProjection.class,
            SightingsProjection.NAME, SightingsProjection.class,
            CorrespondenceProjection.NAME, CorrespondenceProjection.class,
            SearchProjection.NAME, SearchProjection.class);

    /**
     * Events per processor transaction. A read model writes each of its statements once per batch
     * (Writes), so a replay runs at the speed of the batch, not of round trips per event; once
     * caught up a batch holds only what arrived since the last one. 1,000 rather than Axon's 100: a
     * tenth of the token updates and statements per event (measured with the other replay changes
     * together, LoadCostProbe, not on its own).
     */
    static final int DEFAULT_BATCH_SIZE = 1000;

    /**
     * {@code claimInterval}: how often a node looks for segments nobody holds (a killed node's, once
     * their claim timed out, AxonConfig), so a dead node's read models move within claim timeout
     * plus this interval. Axon's default is 5 s; each look is one query per processor.
     */
    @Bean
    public ConfigurerModule projectionProcessors(@Value("${fa.projections.batch-size:" + DEFAULT_BATCH_SIZE + "}") int batchSize,
                                                 @Value("${fa.projections.segments:2}") int segments,
                                                 @Value("${fa.projections.claim-interval:2s}") Duration claimInterval) {
        return configurer -> {
            EventProcessingConfigurer processing = configurer.eventProcessing();
            // Access control reads family links: kept in the writing transaction, never behind.
            processing.registerSubscribingEventProcessor(FamilyLinkProjection.NAME)
                    .assignHandlerTypesMatching(FamilyLinkProjection.NAME, FamilyLinkProjection.class::equals)
                    // Stated rather than left to a default: a link whose access row cannot be written must fail
                    // the write, so the event and the row commit together or not at all (FamilyLinkAtomicityTest).
                    .registerListenerInvocationErrorHandler(FamilyLinkProjection.NAME,
                            config -> PropagatingErrorHandler.instance());
            // The source register: read back at once, and a family's access through a source's links never lags.
            processing.registerSubscribingEventProcessor(SourceRegisterProjection.NAME)
                    .assignHandlerTypesMatching(SourceRegisterProjection.NAME, SourceRegisterProjection.class::equals)
                    .registerListenerInvocationErrorHandler(SourceRegisterProjection.NAME,
                            config -> PropagatingErrorHandler.instance());
            // A case's people: a family account's own record (whose contact details it may change) never lags its link.
            processing.registerSubscribingEventProcessor(PeopleProjection.NAME)
                    .assignHandlerTypesMatching(PeopleProjection.NAME, PeopleProjection.class::equals)
                    .registerListenerInvocationErrorHandler(PeopleProjection.NAME,
                            config -> PropagatingErrorHandler.instance());
            // Sighting reports: read back at once, and a correlation shows in the case's history at once.
            processing.registerSubscribingEventProcessor(SightingReportProjection.NAME)
                    .assignHandlerTypesMatching(SightingReportProjection.NAME, SightingReportProjection.class::equals)
                    .registerListenerInvocationErrorHandler(SightingReportProjection.NAME,
                            config -> PropagatingErrorHandler.instance());
            // Named lists and findings: read back at once, and a membership's list edition read where it is written.
            for (Map.Entry<String, Class<?>> inTransaction : Map.<String, Class<?>>of(
                    NamedListProjection.NAME, NamedListProjection.class,
                    FindingProjection.NAME, FindingProjection.class).entrySet()) {
                processing.registerSubscribingEventProcessor(inTransaction.getKey())
                        .assignHandlerTypesMatching(inTransaction.getKey(), inTransaction.getValue()::equals)
                        .registerListenerInvocationErrorHandler(inTransaction.getKey(),
                                config -> PropagatingErrorHandler.instance());
            }
            // Accessions, incidents and camps: read back at once, and the board's filter by their links never lags.
            for (String name : new String[]{AccessionRegisterProjection.NAME, PlacesProjection.NAME}) {
                Class<?> type = name.equals(PlacesProjection.NAME) ? PlacesProjection.class
                        : AccessionRegisterProjection.class;
                processing.registerSubscribingEventProcessor(name)
                        .assignHandlerTypesMatching(name, type::equals)
                        .registerListenerInvocationErrorHandler(name, config -> PropagatingErrorHandler.instance());
            }
            // GET /api/cases/{id} and its ETag read the case header: kept in the writing transaction, so exact.
            processing.registerSubscribingEventProcessor(CaseHeaderProjection.NAME)
                    .assignHandlerTypesMatching(CaseHeaderProjection.NAME, CaseHeaderProjection.class::equals)
                    // Stated, as for family links: a header that cannot be written fails the write.
                    .registerListenerInvocationErrorHandler(CaseHeaderProjection.NAME,
                            config -> PropagatingErrorHandler.instance());
            PROCESSORS.forEach((name, handlerType) -> processing
                    .registerPooledStreamingEventProcessor(name,
                            org.axonframework.config.Configuration::eventStore,
                            (config, builder) -> builder.batchSize(batchSize).initialSegmentCount(segments)
                                    .tokenClaimInterval(claimInterval.toMillis())
                                    // Axon's threads, but a task that ends with a failure is logged (ReportingExecutor).
                                    .coordinatorExecutor(ReportingExecutor::coordinator)
                                    .workerExecutor(ReportingExecutor::workers))
                    .assignHandlerTypesMatching(name, handlerType::equals)
                    .registerDeadLetterQueue(name, config -> DeadLetterQueues.queue(name, config))
                    .registerDeadLetterPolicy(name, config -> DeadLetterQueues.policy())
                    // Without it the queue is asked whether it holds the event's case before every event
                    // (one query per event per model); with it once per case and segment claim, or never
                    // while the queue was empty at the claim (Axon's SequenceIdentifierCache).
                    .registerDeadLetteringEventHandlerInvokerConfiguration(name,
                            (config, invoker) -> invoker.enableSequenceIdentifierCache()));
        };
    }

    /** Each read-model handler in a savepoint, so a failed one can be parked (ProjectionSavepoints). */
    @Bean
    public HandlerEnhancerDefinition projectionSavepoints(PlatformTransactionManager transactions,
                                                          @Value("${fa.projections.batch-size:" + DEFAULT_BATCH_SIZE + "}") int batchSize,
                                                          @Value("${fa.projections.segments:2}") int segments) {
        return new ProjectionSavepoints(Set.copyOf(PROCESSORS.values()), transactions, batchSize * segments);
    }

    @Bean
    public NamedListProjection namedListProjection(JdbcTemplate jdbc) {
        return new NamedListProjection(jdbc);
    }

    @Bean
    public NamedListQuery namedListQuery(JdbcTemplate jdbc) {
        return new NamedListQuery(jdbc);
    }

    @Bean
    public FindingProjection findingProjection(JdbcTemplate jdbc) {
        return new FindingProjection(jdbc);
    }

    @Bean
    public FindingQuery findingQuery(JdbcTemplate jdbc) {
        return new FindingQuery(jdbc);
    }

    @Bean
    public FamilyLinkProjection familyLinkProjection(JdbcTemplate jdbc) {
        return new FamilyLinkProjection(jdbc);
    }

    @Bean
    public FamilyLinks familyLinks(JdbcTemplate jdbc) {
        return new FamilyLinks(jdbc);
    }

    /** Folds a case the header does not hold yet (recorded before it) from the store's earlier events. */
    @Bean
    public CaseHeaderProjection caseHeaderProjection(JdbcTemplate jdbc, ObjectProvider<EventStore> events) {
        return new CaseHeaderProjection(jdbc, (caseId, sequence) -> RecordedEvents.payloads(
                RecordedEvents.before(events.getObject(), caseId, sequence)));
    }

    @Bean
    public CaseHeaderQuery caseHeaderQuery(JdbcTemplate jdbc) {
        return new CaseHeaderQuery(jdbc);
    }

    @Bean
    public BoardProjection boardProjection(JdbcTemplate jdbc) {
        return new BoardProjection(jdbc);
    }

    @Bean
    public BoardQuery boardQuery(JdbcTemplate jdbc) {
        return new BoardQuery(jdbc);
    }

    @Bean
    public HistoryProjection historyProjection(JdbcTemplate jdbc) {
        return new HistoryProjection(jdbc);
    }

    @Bean
    public HistoryQuery historyQuery(JdbcTemplate jdbc) {
        return new HistoryQuery(jdbc);
    }

    @Bean
    public SightingsProjection sightingsProjection(JdbcTemplate jdbc) {
        return new SightingsProjection(jdbc);
    }

    @Bean
    public SightingsQuery sightingsQuery(JdbcTemplate jdbc) {
        return new SightingsQuery(jdbc);
    }

    @Bean
    public CorrespondenceProjection correspondenceProjection(JdbcTemplate jdbc) {
        return new CorrespondenceProjection(jdbc);
    }

    @Bean
    public CorrespondenceQuery correspondenceQuery(JdbcTemplate jdbc) {
        return new CorrespondenceQuery(jdbc);
    }

    @Bean
    public SearchProjection searchProjection(JdbcTemplate jdbc) {
        return new SearchProjection(jdbc);
    }

    @Bean
    public SourceRegisterProjection sourceRegisterProjection(JdbcTemplate jdbc) {
        return new SourceRegisterProjection(jdbc);
    }

    @Bean
    public SightingReportProjection sightingReportProjection(JdbcTemplate jdbc) {
        return new SightingReportProjection(jdbc);
    }

    @Bean
    public SightingReportQuery sightingReportQuery(JdbcTemplate jdbc) {
        return new SightingReportQuery(jdbc);
    }

    @Bean
    public SourceQuery sourceQuery(JdbcTemplate jdbc) {
        return new SourceQuery(jdbc);
    }

    @Bean
    public PeopleProjection peopleProjection(JdbcTemplate jdbc) {
        return new PeopleProjection(jdbc);
    }

    @Bean
    public PeopleQuery peopleQuery(JdbcTemplate jdbc) {
        return new PeopleQuery(jdbc);
    }

    @Bean
    public AccessionRegisterProjection accessionRegisterProjection(JdbcTemplate jdbc) {
        return new AccessionRegisterProjection(jdbc);
    }

    @Bean
    public AccessionQuery accessionQuery(JdbcTemplate jdbc) {
        return new AccessionQuery(jdbc);
    }

    @Bean
    public PlacesProjection placesProjection(JdbcTemplate jdbc) {
        return new PlacesProjection(jdbc);
    }

    @Bean
    public PlacesQuery placesQuery(JdbcTemplate jdbc) {
        return new PlacesQuery(jdbc);
    }

    @Bean
    public SearchQuery searchQuery(JdbcTemplate jdbc) {
        return new SearchQuery(jdbc);
    }
}
