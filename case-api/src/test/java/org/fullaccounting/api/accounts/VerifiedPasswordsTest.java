package org.fullaccounting.api.accounts;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.infrastructure.security.VerifiedPasswords;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTP Basic skips bcrypt for a password it verified lately, and that changes no answer: a changed
 * password, a disabled account or a removed role counts at the next sign-in that reads the account
 * (every one here: the cache of whole sign-ins is off on both nodes; RecentSignInsApiTest has it on),
 * on every node (two nodes on one database, each with its own cache), and a wrong password is never
 * taken for the right one.
 */
class VerifiedPasswordsTest extends ApiTest {

    private static final String OLD = "the-first-password";
    private static final String NEW = "the-second-password";
    private static final int SECOND_NODE_CACHE_SIZE = 2;
    private static ConfigurableApplicationContext secondNode;

    @Autowired
    private VerifiedPasswords verified;

    @BeforeAll
    static void startSecondNode() {
        secondNode = anotherNode("--fa.node-id=second-node",
                "--fa.login.verified-cache-size=" + SECOND_NODE_CACHE_SIZE,
                // As the first node: the account read at every sign-in (RecentSignInsApiTest has it on).
                "--fa.login.signed-in-cache-lifetime=0s");
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void aRightPasswordIsCheckedByBcryptOnceAndThenAnsweredFromTheCache() {
        Api signedIn = Api.at(port).as(account("repeat", "FAMILY"), OLD);
        signedIn.get("/api/my/cases").expectStatus(200);
        long hitsBefore = verified.hits();

        signedIn.get("/api/my/cases").expectStatus(200);

        assertThat(verified.hits()).isGreaterThan(hitsBefore);
        assertThat(admin.get("/actuator/prometheus").expectStatus(200).body())
                .contains("cache_gets_total{cache=\"fa.signins.verified\"");
    }

    @Test
    void aChangedPasswordStopsWorkingAtOnceOnEveryNode() {
        String name = account("changed", "FAMILY");
        for (Api node : bothNodes(name, OLD)) {
            node.get("/api/my/cases").expectStatus(200);
        }

        superuser().update("UPDATE users SET password = ? WHERE username = ?",
                PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(NEW), name);

        for (Api node : bothNodes(name, OLD)) {
            node.get("/api/my/cases").expectProblem(401, "UNAUTHENTICATED");
        }
        for (Api node : bothNodes(name, NEW)) {
            node.get("/api/my/cases").expectStatus(200);
        }
    }

    @Test
    void aWrongPasswordIsRefusedEvenRightAfterTheRightOneWasVerified() {
        String name = account("guessed", "FAMILY");
        for (Api node : bothNodes(name, OLD)) {
            node.get("/api/my/cases").expectStatus(200);
        }

        for (Api node : bothNodes(name, OLD + "x")) {
            node.get("/api/my/cases").expectProblem(401, "UNAUTHENTICATED");
        }
        for (Api node : bothNodes(name, "")) {
            node.get("/api/my/cases").expectProblem(401, "UNAUTHENTICATED");
        }
    }

    @Test
    void aDisabledAccountIsRefusedAtOnceOnEveryNode() {
        String name = account("disabled", "FAMILY");
        for (Api node : bothNodes(name, OLD)) {
            node.get("/api/my/cases").expectStatus(200);
        }

        superuser().update("UPDATE users SET enabled = false WHERE username = ?", name);

        for (Api node : bothNodes(name, OLD)) {
            node.get("/api/my/cases").expectProblem(401, "UNAUTHENTICATED");
        }
    }

    @Test
    void aRemovedRoleIsRefusedAtOnceOnEveryNode() {
        String name = account("auditor", "AUDITOR", "FAMILY");
        for (Api node : bothNodes(name, OLD)) {
            node.get("/api/audit/access-log").expectStatus(200);
        }

        superuser().update("DELETE FROM authorities WHERE username = ? AND authority = 'ROLE_AUDITOR'", name);

        for (Api node : bothNodes(name, OLD)) {
            node.get("/api/audit/access-log").expectProblem(403, "FORBIDDEN");
        }
    }

    @Test
    void theCacheHoldsNoMoreThanItsBoundAndWhatItDropsIsCheckedAgain() {
        List<String> names = IntStream.range(0, 5).mapToObj(i -> account("many" + i, "FAMILY")).toList();
        for (String name : names) {
            Api.at(secondPort()).as(name, OLD).get("/api/my/cases").expectStatus(200);
        }

        assertThat(secondNode.getBean(VerifiedPasswords.class).size()).isLessThanOrEqualTo(SECOND_NODE_CACHE_SIZE);
        for (String name : names) {
            Api.at(secondPort()).as(name, OLD).get("/api/my/cases").expectStatus(200);
            Api.at(secondPort()).as(name, NEW).get("/api/my/cases").expectProblem(401, "UNAUTHENTICATED");
        }
    }

    private String account(String kind, String... roles) {
        String name = kind + "-" + UUID.randomUUID().toString().substring(0, 8);
        admin.post("/api/admin/users", Map.of("username", name, "password", OLD, "roles", List.of(roles)))
                .expectStatus(201);
        return name;
    }

    private List<Api> bothNodes(String name, String password) {
        return List.of(Api.at(port).as(name, password), Api.at(secondPort()).as(name, password));
    }

    private static int secondPort() {
        return portOf(secondNode);
    }
}
