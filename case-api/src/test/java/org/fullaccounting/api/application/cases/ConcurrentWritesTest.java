package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** ETag / If-Match and several caseworkers writing one case at once, over real HTTP. */
class ConcurrentWritesTest extends ApiTest {

    @Test
    void aWriteWithTheCurrentETagSucceeds() {
        UUID caseId = openCase();
        String etag = caseworker.get("/api/cases/" + caseId).header("ETag");

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "checked"), "If-Match", etag)
                .expectStatus(201);
    }

    @Test
    void aWriteWithAnOlderETagIs412AndWritesNothing() {
        UUID caseId = openCase();
        String seen = caseworker.get("/api/cases/" + caseId).header("ETag");
        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "someone else wrote")).expectStatus(201);

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "mine"), "If-Match", seen)
                .expectProblem(412, "STALE_VERSION");

        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    @Test
    void anETagFromTheFutureIs412Too() {
        UUID caseId = openCase();

        caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "x"), "If-Match", "\"7\"")
                .expectProblem(412, "STALE_VERSION");
    }

    @Test
    void anUnreadableIfMatchIs400NamingTheHeader() {
        UUID caseId = openCase();

        Api.Response refused = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "x"),
                "If-Match", "yesterday");

        refused.expectProblem(400, "INVALID_HEADER");
        assertThat(refused.errorFields()).containsExactly("If-Match");
    }

    @Test
    void concurrentWritersWithoutIfMatchNeverLoseAnEntry() throws Exception {
        UUID caseId = openCase();
        Api secondCaseworker = caseworker;
        int writes = 24;

        List<Integer> statuses = runConcurrently(writes, i -> (i % 2 == 0 ? caseworker : secondCaseworker)
                .post("/api/cases/" + caseId + "/notes", Map.of("text", "note " + i)).status());

        assertThat(statuses).containsOnly(201);
        assertThat(eventCount(caseId)).isEqualTo(1 + writes);
        assertThat(caseworker.get("/api/cases/" + caseId).json().get("counts").get("NOTE").asInt()).isEqualTo(writes);
        assertThat(jdbc.queryForList("SELECT sequence_number FROM domain_event_entry WHERE aggregate_identifier = ? "
                + "ORDER BY sequence_number", Long.class, caseId.toString()))
                .containsExactlyElementsOf(sequence(1 + writes));
    }

    @Test
    void concurrentWritersOnTheSameETagGetOneSuccessAndTheRest412() throws Exception {
        UUID caseId = openCase();
        String etag = caseworker.get("/api/cases/" + caseId).header("ETag");
        int writers = 8;

        List<Integer> statuses = runConcurrently(writers, i -> caseworker.post("/api/cases/" + caseId + "/notes",
                Map.of("text", "note " + i), "If-Match", etag).status());

        assertThat(statuses).containsOnly(201, 412);
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(eventCount(caseId)).isEqualTo(2);
    }

    private interface Request {
        int send(int index) throws Exception;
    }

    private static List<Integer> runConcurrently(int count, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                calls.add(() -> request.send(index));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : pool.invokeAll(calls)) {
                statuses.add(result.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> sequence(int length) {
        List<Long> numbers = new ArrayList<>();
        for (long i = 0; i < length; i++) {
            numbers.add(i);
        }
        return numbers;
    }
}
