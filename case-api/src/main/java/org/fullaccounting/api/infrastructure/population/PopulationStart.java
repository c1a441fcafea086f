package org.fullaccounting.api.infrastructure.population;

import org.fullaccounting.api.application.population.PopulationLoad;
import org.fullaccounting.casefile.population.Population;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * {@code --fa.population.cases=N --fa.population.seed=S}: loads a synthetic population of N cases
 * into an empty store as the application starts, before the sample data, and logs one line the
 * benchmark reads: "Population loaded: N cases, E events in T s (R events/s)". A store that
 * already holds cases is refused and the application stops: a population is never mixed into
 * real history.
 */
@Component
@Order(1)
public class PopulationStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PopulationStart.class);

    private final PopulationLoad load;
    private final int cases;
    private final long seed;

    PopulationStart(PopulationLoad load, @Value("${fa.population.cases:0}") int cases,
                    @Value("${fa.population.seed:1}") long seed) {
        this.load = load;
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
        PopulationLoad.Loaded loaded = load.load(Population.of(cases, seed).cases(), "population-seed-" + seed);
        log.info(String.format(Locale.ROOT, "Population loaded: %d cases, %d events in %.1f s (%.0f events/s)",
                loaded.cases(), loaded.events(), loaded.took().toMillis() / 1000.0, loaded.eventsPerSecond()));
    }

    void requireEmptyStore() {
        if (!load.storeIsEmpty()) {
            throw new IllegalStateException("fa.population.cases=" + cases + " refused: the event store already "
                    + "holds cases; a synthetic population is loaded only into an empty store (a fresh database)");
        }
    }
}
