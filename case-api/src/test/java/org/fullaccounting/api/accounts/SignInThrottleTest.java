package org.fullaccounting.api.accounts;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.FormSession;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** The sign-in throttle (5 failures in 15 minutes) as an attacker meets it, over real HTTP. */
class SignInThrottleTest extends ApiTest {

    private static final String RIGHT = "the-right-password";

    @Test
    void wrongPasswordsSentTogetherBeyondTheLimitAreRefusedAndTheRightOneWaitsForTheWindow() throws Exception {
        String name = account("parallel-" + suffix());
        Api wrong = Api.at(port).as(name, "a-wrong-password");
        Api right = Api.at(port).as(name, RIGHT);

        List<Integer> statuses;
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<CompletableFuture<Integer>> attempts = java.util.stream.IntStream.range(0, 20)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> wrong.get("/api/my/cases").status(), pool))
                    .toList();
            statuses = attempts.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdown();
        }

        assertThat(statuses).containsOnly(401, 429);
        assertThat(statuses.stream().filter(s -> s == 429)).hasSizeGreaterThanOrEqualTo(15);
        right.get("/api/my/cases").expectProblem(429, "TOO_MANY_FAILED_SIGN_INS");

        windowPasses(name);
        right.get("/api/my/cases").expectStatus(200);
    }

    @Test
    void theRightPasswordUnderTheLimitSignsInAndClearsTheCount() {
        String name = account("forgiven-" + suffix());
        Api wrong = Api.at(port).as(name, "a-wrong-password");
        for (int i = 0; i < 4; i++) {
            wrong.get("/api/my/cases").expectProblem(401, "UNAUTHENTICATED");
        }

        Api.at(port).as(name, RIGHT).get("/api/my/cases").expectStatus(200);

        assertThat(failuresOf(name)).isZero();
        wrong.get("/api/my/cases").expectProblem(401, "UNAUTHENTICATED");
    }

    @Test
    void anUnknownNameIsThrottledExactlyLikeARealAccount() {
        String real = account("real-" + suffix());
        String unknown = "nobody-" + suffix();

        for (int i = 0; i < 5; i++) {
            Api.Response realFailure = Api.at(port).as(real, "a-wrong-password").get("/api/my/cases");
            Api.Response unknownFailure = Api.at(port).as(unknown, "a-wrong-password").get("/api/my/cases");
            assertThat(unknownFailure.status()).isEqualTo(realFailure.status()).isEqualTo(401);
            assertThat(unknownFailure.json().get("code")).isEqualTo(realFailure.json().get("code"));
        }
        Api.Response realThrottled = Api.at(port).as(real, "a-wrong-password").get("/api/my/cases");
        Api.Response unknownThrottled = Api.at(port).as(unknown, "a-wrong-password").get("/api/my/cases");

        realThrottled.expectProblem(429, "TOO_MANY_FAILED_SIGN_INS");
        unknownThrottled.expectProblem(429, "TOO_MANY_FAILED_SIGN_INS");
        assertThat(unknownThrottled.json().get("detail")).isEqualTo(realThrottled.json().get("detail"));
        assertThat(unknownThrottled.header("Retry-After")).isNotNull();
        assertThat(unknownThrottled.header("WWW-Authenticate")).isEqualTo(realThrottled.header("WWW-Authenticate"));
    }

    @Test
    void aUsernameOver100CharactersIsAnOrdinaryFailedSignInOnRecord() {
        String longName = "x".repeat(95) + suffix() + "y".repeat(60);

        Api.at(port).as(longName, "whatever-password").get("/api/my/cases").expectProblem(401, "UNAUTHENTICATED");

        String stored = longName.substring(0, 100);
        JsonNode logged = auditor.get("/api/audit/access-log?user=" + stored).expectStatus(200).json();
        assertThat(logged.findValuesAsText("action")).containsExactly("LOGIN_FAILED");
        assertThat(logged.findValuesAsText("what").get(0)).contains("cut to its first 100 of 160 characters");
    }

    @Test
    void aUsernameOver100CharactersOnTheSignInFormShowsTheOrdinaryErrorAndIsOnRecord() {
        String longName = "f".repeat(120) + suffix();
        FormSession browser = new FormSession(port);

        HttpResponse<String> answer = browser.signIn(longName, "whatever-password");

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?error=bad");
        JsonNode logged = auditor.get("/api/audit/access-log?user=" + longName.substring(0, 100)).json();
        assertThat(logged.findValuesAsText("action")).containsExactly("LOGIN_FAILED");
    }

    @Test
    void failuresOlderThanTheWindowAreDeletedWhoeverTheyNamed() {
        String forgotten = "long-gone-" + suffix();
        jdbc.update("INSERT INTO login_failure (username, failed_at) VALUES (?, now() - interval '1 day')", forgotten);

        Api.at(port).as("someone-else-" + suffix(), "a-wrong-password").get("/api/my/cases").expectStatus(401);

        assertThat(failuresOf(forgotten)).isZero();
    }

    private String account(String name) {
        admin.post("/api/admin/users", Map.of("username", name, "password", RIGHT, "roles", List.of("FAMILY")))
                .expectStatus(201);
        return name;
    }

    /** Moves the account's failures back beyond the 15-minute window, as the clock would. */
    private void windowPasses(String name) {
        jdbc.update("UPDATE login_failure SET failed_at = failed_at - interval '16 minutes' WHERE username = ?", name);
    }

    private int failuresOf(String name) {
        return jdbc.queryForObject("SELECT count(*) FROM login_failure WHERE username = ?", Integer.class, name);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 5);
    }
}
