package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.FullAccountingApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.Requests.caseOpening;

/**
 * Two instances of the application on one database, as in production behind a load balancer:
 * nothing that decides an answer may live in one node's memory.
 */
class TwoNodesTest extends ApiTest {

    private static ConfigurableApplicationContext secondNode;

    @BeforeAll
    static void startSecondNode(@org.springframework.beans.factory.annotation.Autowired Environment first) {
        // Command-line arguments: they outrank application.yml, as the first node's test properties do.
        secondNode = new SpringApplicationBuilder(FullAccountingApplication.class).run(
                "--server.port=0",
                // A name of its own for its segment claims: in one JVM both would otherwise be pid@host,
                // each taking the other's claims for its own, so both would apply the same events.
                "--fa.node-id=second-node",
                "--spring.datasource.url=" + first.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + first.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + first.getProperty("spring.datasource.password", ""),
                "--spring.flyway.user=" + first.getProperty("spring.flyway.user"),
                "--spring.flyway.password=" + first.getProperty("spring.flyway.password", ""),
                "--fa.sample-data=false",
                "--fa.admin-password=" + ADMIN_PASSWORD);
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    private Api onSecondNode() {
        int port = ((WebServerApplicationContext) secondNode).getWebServer().getPort();
        return Api.at(port).as("test-caseworker", "a-long-test-password");
    }

    @Test
    void writersOnBothNodesNeverLoseAnEntry() {
        UUID caseId = openCase();
        Api second = onSecondNode();
        List<CompletableFuture<Integer>> writes = new ArrayList<>();

        for (int i = 0; i < 20; i++) {
            Api node = i % 2 == 0 ? caseworker : second;
            String text = "note " + i;
            writes.add(CompletableFuture.supplyAsync(() ->
                    node.post("/api/cases/" + caseId + "/notes", Map.of("text", text)).status()));
        }

        assertThat(writes.stream().map(CompletableFuture::join)).containsOnly(201);
        assertThat(eventCount(caseId)).isEqualTo(21);
        assertThat(second.get("/api/cases/" + caseId).json().get("counts").get("NOTE").asInt()).isEqualTo(20);
    }

    /**
     * This node keeps the case in memory after writing it; the other node's write must count at
     * once (staleness bound: none, StoreCheckedRepository checks the store's last sequence on every
     * load). A stale copy would refuse a write made against the version the other node returned.
     */
    @Test
    void aCaseCachedOnOneNodeTakesTheOtherNodesWriteIntoAccountAtOnce() {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "here")).expectStatus(201);
        long written = onSecondNode().post("/api/cases/" + caseId + "/notes", Map.of("text", "there"))
                .expectStatus(201).json().get("version").asLong();

        Api.Response after = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "here again"),
                "If-Match", "\"" + written + "\"").expectStatus(201);

        assertThat(after.json().get("version").asLong()).isEqualTo(written + 1);
        assertThat(eventCount(caseId)).isEqualTo(4);
    }

    @Test
    void aRetryThatLandsOnTheOtherNodeIsStillRecordedOnce() {
        UUID caseId = openCase();
        String key = UUID.randomUUID().toString();

        Api.Response first = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "x"),
                "Idempotency-Key", key).expectStatus(201);
        Api.Response retried = onSecondNode().post("/api/cases/" + caseId + "/notes", Map.of("text", "x"),
                "Idempotency-Key", key).expectStatus(201);

        assertThat(retried.json()).isEqualTo(first.json());
        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    @Test
    void aServiceNumberTakenOnOneNodeIsTakenOnTheOther() {
        String serviceNumber = uniqueServiceNumber();
        String caseId = caseworker.post("/api/cases", caseOpening(serviceNumber)).expectStatus(201)
                .json().get("caseId").asText();

        assertThat(onSecondNode().post("/api/cases", caseOpening(serviceNumber))
                .expectProblem(409, "DUPLICATE_SERVICE_NUMBER").get("existingCaseId").asText()).isEqualTo(caseId);
    }
}
