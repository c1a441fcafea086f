package org.fullaccounting.api.accounts;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.infrastructure.security.RecentSignIns;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node with the sign-in cache at its default lifetime (1 s) reads an API client's account about
 * once a second instead of at every request, and a changed password, a disabled account or a
 * removed role still counts there within that second: the bound the README states. Guesses are
 * counted and throttled as before, whatever the cache holds.
 */
class RecentSignInsApiTest extends ApiTest {

    private static final Duration LIFETIME = Duration.ofSeconds(1);
    /** How late the first refusal may come after the change: the lifetime, and time for a slow machine. */
    private static final Duration BOUND_AND_MARGIN = LIFETIME.plusSeconds(2);
    private static final String RIGHT = "the-right-password";
    private static ConfigurableApplicationContext node;

    @BeforeAll
    static void startNodeWithTheDefaultLifetime() {
        node = anotherNode("--fa.node-id=cached-sign-ins",
                "--fa.login.signed-in-cache-lifetime=" + LIFETIME.toMillis() + "ms");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aClientSigningInAgainWithinTheLifetimeIsAnsweredWithoutReadingItsAccount() {
        Api client = onNode(account("repeat", "FAMILY"), RIGHT);
        client.get("/api/my/cases").expectStatus(200);
        long hitsBefore = node.getBean(RecentSignIns.class).hits();

        client.get("/api/my/cases").expectStatus(200);

        assertThat(node.getBean(RecentSignIns.class).hits()).isGreaterThan(hitsBefore);
        assertThat(Api.at(nodePort()).as("admin", ADMIN_PASSWORD).get("/actuator/prometheus").expectStatus(200).body())
                .contains("cache_gets_total{cache=\"fa.signins.recent\"");
    }

    @Test
    void aChangedPasswordStopsWorkingWithinTheLifetimeAndTheNewOneWorksAtOnce() {
        String name = account("changed", "FAMILY");
        onNode(name, RIGHT).get("/api/my/cases").expectStatus(200);

        superuser().update("UPDATE users SET password = ? WHERE username = ?",
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode("the-new-password"), name);
        onNode(name, "the-new-password").get("/api/my/cases").expectStatus(200);

        assertRefusedWithinTheBound(onNode(name, RIGHT), "/api/my/cases", 401);
    }

    @Test
    void aDisabledAccountIsRefusedWithinTheLifetime() {
        String name = account("disabled", "FAMILY");
        onNode(name, RIGHT).get("/api/my/cases").expectStatus(200);

        superuser().update("UPDATE users SET enabled = false WHERE username = ?", name);

        assertRefusedWithinTheBound(onNode(name, RIGHT), "/api/my/cases", 401);
    }

    @Test
    void aRemovedRoleIsRefusedWithinTheLifetime() {
        String name = account("auditor", "AUDITOR", "FAMILY");
        onNode(name, RIGHT).get("/api/audit/access-log").expectStatus(200);

        superuser().update("DELETE FROM authorities WHERE username = ? AND authority = 'ROLE_AUDITOR'", name);

        assertRefusedWithinTheBound(onNode(name, RIGHT), "/api/audit/access-log", 403);
    }

    @Test
    void guessesAreCountedAndThrottledWhileTheRightPasswordIsRemembered() {
        String name = account("guessed", "FAMILY");
        onNode(name, RIGHT).get("/api/my/cases").expectStatus(200);

        Api guess = onNode(name, "a-wrong-password");
        for (int i = 0; i < 5; i++) {
            guess.get("/api/my/cases").expectProblem(401, "UNAUTHENTICATED");
        }

        guess.get("/api/my/cases").expectProblem(429, "TOO_MANY_FAILED_SIGN_INS");
        assertRefusedWithinTheBound(onNode(name, RIGHT), "/api/my/cases", 429);
    }

    /** Polls until {@code status}; fails if it takes longer than the lifetime and the margin. */
    private static void assertRefusedWithinTheBound(Api client, String path, int status) {
        long started = System.nanoTime();
        int answer = client.get(path).status();
        while (answer != status && System.nanoTime() - started < BOUND_AND_MARGIN.toNanos()) {
            pause();
            answer = client.get(path).status();
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(answer).as("answer %s after %s", path, took).isEqualTo(status);
        assertThat(took).as("first %d after the change", status).isLessThanOrEqualTo(BOUND_AND_MARGIN);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String account(String kind, String... roles) {
        String name = kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/admin/users", Map.of("username", name, "password", RIGHT, "roles", List.of(roles)))
                .expectStatus(201);
        return name;
    }

    private static Api onNode(String name, String password) {
        return Api.at(nodePort()).as(name, password);
    }

    private static int nodePort() {
        return portOf(node);
    }
}
