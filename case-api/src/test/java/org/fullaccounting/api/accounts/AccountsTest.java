package org.fullaccounting.api.accounts;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.OrderUtils;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class AccountsTest extends ApiTest {

    @Test
    void theFirstStartCreatedAnAdminWithTheConfiguredPassword() {
        admin.get("/api/admin/users").expectStatus(200);
    }

    /**
     * Spring runs start-up runners by their order and leaves a tie to the order it found the beans in:
     * when the population's load ran first (a tie, 2026-12-07), sign-ins during the load failed.
     */
    @Test
    void theAdminAccountIsMadeBeforeAPopulationLoadOrTheSampleData(@Autowired ApplicationContext context) {
        Map<String, Integer> orderOfRunner = context.getBeansOfType(ApplicationRunner.class).values().stream()
                .collect(Collectors.toMap(runner -> runner.getClass().getSimpleName(),
                        runner -> OrderUtils.getOrder(runner.getClass(), Ordered.LOWEST_PRECEDENCE)));

        assertThat(orderOfRunner).containsKeys("AdminBootstrap", "PopulationStart", "SampleDataLoader");
        assertThat(orderOfRunner.get("AdminBootstrap"))
                .isLessThan(orderOfRunner.get("PopulationStart"))
                .isLessThan(orderOfRunner.get("SampleDataLoader"));
    }

    @Test
    void anAdminCreatesAnAccountThatCanSignInWithItsRoles() {
        admin.post("/api/admin/users", Map.of("username", "new-auditor", "password", "a-good-long-password",
                "roles", List.of("AUDITOR"))).expectStatus(201);

        Api newAuditor = Api.at(port).as("new-auditor", "a-good-long-password");
        newAuditor.post("/api/cases", Map.of()).expectStatus(403);
        assertThat(admin.get("/api/admin/users").body()).contains("new-auditor");
    }

    @Test
    void passwordsAreStoredHashedWithTheConfiguredBcryptCost() {
        admin.post("/api/admin/users", Map.of("username", "hashed-one", "password", "a-good-long-password",
                "roles", List.of("FAMILY"))).expectStatus(201);

        String stored = jdbc.queryForObject("SELECT password FROM users WHERE username = 'hashed-one'", String.class);
        assertThat(stored).startsWith("{bcrypt}$2a$0" + TEST_BCRYPT_STRENGTH + "$")
                .doesNotContain("a-good-long-password");
    }

    @Test
    void aTakenUsernameIs409() {
        admin.post("/api/admin/users", Map.of("username", "twice", "password", "a-good-long-password",
                "roles", List.of("FAMILY"))).expectStatus(201);

        admin.post("/api/admin/users", Map.of("username", "twice", "password", "a-good-long-password",
                "roles", List.of("FAMILY"))).expectProblem(409, "ACCOUNT_EXISTS");
    }

    @Test
    void aShortPasswordAnUnknownRoleOrNoRoleIs400() {
        Api.Response shortPassword = admin.post("/api/admin/users", Map.of("username", "shorty", "password", "short",
                "roles", List.of("FAMILY")));
        shortPassword.expectProblem(400, "VALIDATION_FAILED");
        assertThat(shortPassword.errorFields()).containsExactly("password");

        admin.post("/api/admin/users", Map.of("username", "someone", "password", "a-good-long-password",
                "roles", List.of("GENERAL"))).expectProblem(400, "MALFORMED_FIELD");
        Api.Response noRole = admin.post("/api/admin/users", Map.of("username", "someone", "password",
                "a-good-long-password", "roles", List.of()));
        assertThat(noRole.errorFields()).containsExactly("roles");
        Api.Response nullRole = admin.post("/api/admin/users", "{\"username\": \"someone\", "
                + "\"password\": \"a-good-long-password\", \"roles\": [null]}");
        nullRole.expectProblem(400, "VALIDATION_FAILED");
        assertThat(nullRole.errorFields()).singleElement().asString().startsWith("roles");
    }

    @Test
    void onlyAdminsManageAccounts() {
        caseworker.post("/api/admin/users", Map.of("username", "sneaky", "password", "a-good-long-password",
                "roles", List.of("ADMIN"))).expectProblem(403, "FORBIDDEN");
        auditor.get("/api/admin/users").expectProblem(403, "FORBIDDEN");
    }
}
