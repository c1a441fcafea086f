package org.fullaccounting.api.infrastructure.population;

import org.fullaccounting.api.infrastructure.database.TableStatistics;
import org.fullaccounting.api.application.population.PopulationLoad;
import org.fullaccounting.casefile.population.Population;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.fullaccounting.api.infrastructure.axon.ReadModelCatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * {@code --fa.population.cases=N --fa.population.seed=S}: loads a synthetic population of N cases
 * into an empty store as the application starts, before the sample data, and logs one line the
 * benchmark reads: "Population loaded: N cases, E events in T s (R events/s)". A store that
 * already holds cases is refused and the application stops: a population is never mixed into
 * real history.
 *
 * <p>While it loads, this node's read-model processors (the pooled streaming ones: board, history,
 * sightings, correspondence, search) are stopped: they would otherwise follow the load event by
 * event and take most of the machine from it (measured with LoadCostProbe: three quarters of the CPU
 * during a load went to them). After it, they are caught up in one pass (ReadModelCatchUp) and
 * started again. The case header and family links are written by the load itself, in its
 * transactions, as for any write.
 */
@Component
@Order(1)
public class PopulationStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PopulationStart.class);

    private final PopulationLoad load;
    private final ReadModelCatchUp catchUp;
    private final TableStatistics statistics;
    private final ObjectProvider<Configuration> axon;
    private final int cases;
    private final long seed;

    PopulationStart(PopulationLoad load, ReadModelCatchUp catchUp, ObjectProvider<Configuration> axon,
                    @Value("${fa.population.cases:0}") int cases, @Value("${fa.population.seed:1}") long seed,
                    TableStatistics statistics) {
        this.statistics = statistics;
        this.load = load;
        this.catchUp = catchUp;
        this.axon = axon;
        this.cases = cases;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (cases <= 0) {
            return;
        }
        requireEmptyStore();
        log.info("Loading a synthetic population of {} cases (seed {})", cases, seed);
        List<PooledStreamingEventProcessor> paused = runningReadModelProcessors();
        paused.forEach(EventProcessor::shutDown);
        try {
            PopulationLoad.Loaded loaded = load.load(Population.of(cases, seed).cases(), "population-seed-" + seed);
            log.info(String.format(Locale.ROOT, "Population loaded: %d cases, %d events in %.1f s (%.0f events/s)",
                    loaded.cases(), loaded.events(), loaded.took().toMillis() / 1000.0, loaded.eventsPerSecond()));
            boolean caughtUpInBulk = catchUp.claim(paused) && catchUp.run(paused).bulk();
            if (!caughtUpInBulk) {
                // The catch-up gathers them after its pass; without one, the load's own tables need them.
                statistics.refreshAfter("the population load");
            }
        } finally {
            paused.forEach(EventProcessor::start);
        }
    }

    private List<PooledStreamingEventProcessor> runningReadModelProcessors() {
        Configuration configuration = axon.getIfAvailable();
        if (configuration == null) {
            return List.of();
        }
        return configuration.eventProcessingConfiguration().eventProcessors().values().stream()
                .filter(processor -> processor instanceof PooledStreamingEventProcessor && processor.isRunning())
                .map(PooledStreamingEventProcessor.class::cast).toList();
    }

    void requireEmptyStore() {
        if (!load.storeIsEmpty()) {
            throw new IllegalStateException("fa.population.cases=" + cases + " refused: the event store already "
                    + "holds cases; a synthetic population is loaded only into an empty store (a fresh database)");
        }
    }
}
