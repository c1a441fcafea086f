package org.fullaccounting.api.faults;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.TestTokens;
import org.fullaccounting.projections.history.HistoryProjection;
import org.fullaccounting.projections.testing.TestDatabase;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Readiness says when a read model has stopped, however few events it misses: with a stall limit
 * of 15 s (a running model writes its stored token at least every 5 s, even while other models'
 * events pass it), the history model's processor stopped (as one wedged after a database outage is: claims
 * released, its stored token left alone) and one note written makes readiness DOWN naming the
 * model, far below the lag limit; started again, it catches up and readiness is UP by itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReadModelStallReadinessTest {

    private static final TestDatabase.Database DATABASE = TestDatabase.fresh();

    @LocalServerPort
    int port;

    @Autowired
    Configuration axon;

    @Autowired
    @Qualifier("readModels")
    HealthIndicator readModels;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry properties) {
        properties.add("spring.datasource.url", DATABASE::url);
        properties.add("spring.datasource.username", DATABASE::user);
        properties.add("spring.datasource.password", DATABASE::password);
        properties.add("fa.sample-data", () -> "false");
        properties.add("fa.admin-password", () -> "admin-password-for-tests");
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
        properties.add("fa.health.read-model-stall-limit", () -> "15s");
    }

    @Test
    void readinessIsDownWhileAModelBehindTheStoreHasNotMovedForTheStallLimitAndUpOnceItRunsAgain() throws Exception {
        Api api = Api.at(port);
        String token = "Bearer " + TestTokens.token("stall.sso", List.of("caseworker"));
        String caseId = api.post("/api/cases", Requests.caseOpening("RA" + System.nanoTime() % 100_000_000),
                "Authorization", token).expectStatus(201).json().get("caseId").asText();
        assertThat(readinessBecomes(api, 200)).as("ready at first").isTrue();

        PooledStreamingEventProcessor history = axon.eventProcessingConfiguration()
                .eventProcessor(HistoryProjection.NAME, PooledStreamingEventProcessor.class).orElseThrow();
        history.shutDown();
        api.post("/api/cases/" + caseId + "/notes", Map.of("text", "a note the stopped model misses"),
                "Authorization", token).expectStatus(201);

        assertThat(readinessBecomes(api, 503)).as("DOWN while the history stands still one event behind").isTrue();
        Map<String, Object> details = readModels.health().getDetails();
        assertThat(details.get("stalled")).asInstanceOf(InstanceOfAssertFactories.map(String.class, Object.class))
                .containsOnlyKeys(HistoryProjection.NAME);
        Object historyLag = ((Map<?, ?>) details.get("behind")).get(HistoryProjection.NAME);
        assertThat(historyLag).as("history's lag, far below the lag limit").isIn(1L, 2L, 3L, 4L, 5L);

        history.start();
        assertThat(readinessBecomes(api, 200)).as("UP again once it runs and caught up").isTrue();
    }

    private static boolean readinessBecomes(Api api, int status) throws InterruptedException {
        return Writers.await(() -> api.get("/actuator/health/readiness").status() == status, 60);
    }
}
