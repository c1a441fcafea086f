package org.fullaccounting.api.infrastructure.population;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.reads.Eventually;
import org.fullaccounting.api.application.audit.EventChain;
import org.fullaccounting.api.application.population.PopulationLoad;
import org.fullaccounting.casefile.population.GeneratedCase;
import org.fullaccounting.casefile.population.Population;
import org.axonframework.config.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.fullaccounting.api.infrastructure.axon.ReadModelCatchUp;
import org.fullaccounting.api.infrastructure.database.TableStatistics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A small synthetic population loaded in batches through the domain, then used as any other cases. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PopulationLoadTest extends ApiTest {

    /** Small: the cases stay in the database every API test shares, and later tests replay them. */
    private static final int CASES = 60;
    private static final Population POPULATION = Population.of(CASES, 2026);

    @Autowired
    private PopulationLoad load;
    @Autowired
    private EventChain chain;
    @Autowired
    private ObjectProvider<Configuration> axon;
    @Autowired
    private ReadModelCatchUp catchUp;
    @Autowired
    private TableStatistics statistics;

    private List<GeneratedCase> cases;
    private PopulationLoad.Loaded loaded;

    @BeforeAll
    void loadThePopulation() {
        cases = POPULATION.cases().toList();
        loaded = load.load(cases.stream(), "population-seed-" + POPULATION.seed());
    }

    @Test
    void everyCaseIsStoredWithOneEventPerCommand() {
        long generated = cases.stream().mapToLong(GeneratedCase::events).sum();
        assertThat(loaded.cases()).isEqualTo(CASES);
        assertThat(loaded.events()).isEqualTo(generated);
        for (GeneratedCase generatedCase : untouched()) {
            assertThat(eventCount(generatedCase.caseId())).isEqualTo(generatedCase.events());
        }
    }

    @Test
    void everyLoadedCaseVerifiesAgainstItsHashChain() {
        for (GeneratedCase generatedCase : cases) {
            EventChain.Verification verification = chain.verify(generatedCase.caseId());
            assertThat(verification.valid()).as("chain of %s", generatedCase.caseId()).isTrue();
            assertThat(verification.events()).isGreaterThanOrEqualTo(generatedCase.events());
        }
    }

    @Test
    void theServiceNumberRegistryHoldsEveryLoadedCase() {
        Integer claimed = jdbc.queryForObject("SELECT count(*) FROM service_number_claim WHERE case_id = ANY (?)",
                Integer.class, (Object) cases.stream().map(GeneratedCase::caseId).toArray(UUID[]::new));
        assertThat(claimed).isEqualTo(CASES);
    }

    @Test
    void eventsCarryTheGeneratedUserAndRecordingTime() {
        GeneratedCase.Recorded opening = cases.get(0).commands().get(0);
        String metaData = jdbc.queryForObject("SELECT convert_from(meta_data, 'UTF8') FROM domain_event_entry"
                + " WHERE aggregate_identifier = ? AND sequence_number = 0", String.class, cases.get(0).caseId().toString());
        assertThat(metaData).contains(opening.user(), opening.recordedAt().toString(), "population-seed-2026");
    }

    @Test
    void theReadModelsCatchUpWithNoDifference() {
        JsonNode report = Eventually.until("the read models caught up with the load", Duration.ofSeconds(120),
                () -> admin.get("/api/admin/projections/consistency").expectStatus(200).json(),
                r -> r.get("differences").asLong() == 0 && r.get("eventsCounted").asLong() >= loaded.events());
        assertThat(report.get("differences").asLong()).isZero();
    }

    @Test
    void aLoadedCaseTakesANormalWriteOverHttp() {
        GeneratedCase last = cases.get(cases.size() - 1); // the one case another test may have written to
        long version = caseworker.post("/api/cases/" + last.caseId() + "/notes", Map.of("text", "after the load"))
                .expectStatus(201).json().get("version").asLong();
        assertThat(version).isEqualTo(last.events() + 1);
    }

    @Test
    void startingWithAPopulationIsRefusedOnAStoreThatHoldsCases() {
        PopulationStart start = new PopulationStart(load, catchUp, axon, 10, 1, statistics);
        assertThat(load.storeIsEmpty()).isFalse();
        assertThatThrownBy(() -> start.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("loaded only into an empty store");
    }

    /** Every case but the last, which takes a write over HTTP in one of the tests. */
    private List<GeneratedCase> untouched() {
        return cases.subList(0, cases.size() - 1);
    }

}
