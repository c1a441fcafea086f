package org.fullaccounting.api.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.casefile.CaseErrorCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description at /v3/api-docs passes Stoplight Spectral's standard OpenAPI ruleset without an
 * error or a warning, and the copy committed for the generated client is the live one.
 */
class ApiDescriptionTest extends ApiTest {

    /** The committed description the client is generated from (openapi-generator, case-api/pom.xml). */
    static final Path COMMITTED = Path.of("src/test/resources/openapi/full-accounting.json");
    static final String SPECTRAL = "@stoplight/spectral-cli@6.16.3";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Test
    void theDescriptionPassesSpectralsOpenApiRulesWithoutAnErrorOrAWarning() throws Exception {
        npxPresentOrRequired();
        Path written = Path.of("target/openapi/api-docs.json");
        Files.createDirectories(written.getParent());
        Files.writeString(written, JSON.writeValueAsString(live()));
        Path report = Path.of("target/openapi/spectral.json");
        Files.deleteIfExists(report);
        Process spectral = new ProcessBuilder("npx", "--yes", SPECTRAL, "lint", written.toString(),
                "--ruleset", "src/test/resources/openapi/spectral.yaml", "--format", "json",
                "--output", report.toString(), "--fail-severity", "hint")
                .redirectErrorStream(true).redirectOutput(Path.of("target/openapi/spectral.log").toFile()).start();
        assertThat(spectral.waitFor(10, TimeUnit.MINUTES)).as("spectral finished").isTrue();
        assertThat(report).as("spectral's report; its log: %s", Files.readString(Path.of("target/openapi/spectral.log")))
                .exists();
        List<String> findings = new ArrayList<>();
        for (JsonNode result : JSON.readTree(report.toFile())) {
            if (result.path("severity").asInt() <= 1) {
                findings.add((result.path("severity").asInt() == 0 ? "error " : "warning ")
                        + result.path("code").asText() + " at " + result.path("path") + ": "
                        + result.path("message").asText());
            }
        }
        assertThat(findings).as("spectral:oas errors and warnings").isEmpty();
    }

    /**
     * Spectral runs through npx (Node.js). Without it the lint is skipped with a reason, as the browser
     * tests are without Chromium, unless -Dfa.lint.required=true (CI, .ci/run), when it fails.
     */
    private static void npxPresentOrRequired() {
        boolean present = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "npx")));
        if (!present) {
            assertThat(Boolean.getBoolean("fa.lint.required")).as("fa.lint.required=true but npx (Node.js) is not "
                    + "on the PATH; .ci/run installs Debian's nodejs and npm").isFalse();
            Assumptions.abort("npx (Node.js) is not on the PATH: the Spectral lint is skipped (.ci/run installs it)");
        }
    }

    @Test
    void theDescriptionSaysWhatItIsHowToSignInAndEveryCodeAProblemCanHave() throws IOException {
        JsonNode docs = live();
        assertThat(docs.at("/info/title").asText()).isEqualTo("Full Accounting API");
        assertThat(docs.at("/info/version").asText()).isNotEqualTo("v0").isNotBlank();
        assertThat(docs.at("/info/contact/name").asText()).isNotBlank();
        assertThat(docs.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        // The tests configure single sign-on (ApiTest), so bearer tokens are described too.
        assertThat(docs.at("/components/securitySchemes/bearerAuth/bearerFormat").asText()).isEqualTo("JWT");
        assertThat(docs.path("security").toString()).contains("basicAuth").contains("bearerAuth");
        docs.path("paths").fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));
        List<String> codes = new ArrayList<>();
        docs.at("/components/schemas/Problem/properties/code/enum").forEach(code -> codes.add(code.asText()));
        for (RefusalCode code : RefusalCode.values()) {
            assertThat(codes).as("the problem codes described").contains(code.name());
        }
        for (CaseErrorCode code : CaseErrorCode.values()) {
            assertThat(codes).as("the problem codes described").contains(code.name());
        }
    }

    @Test
    void theCommittedDescriptionIsTheLiveOne() throws IOException {
        String live = JSON.writeValueAsString(live()) + "\n";
        if (Boolean.getBoolean("fa.openapi.refresh")) {
            Files.writeString(COMMITTED, live, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8))
                .as("%s differs from /v3/api-docs; after checking the change, refresh it with "
                        + "mvn -pl case-api -am test -Dtest=ApiDescriptionTest -Dsurefire.failIfNoSpecifiedTests=false "
                        + "-Dfa.openapi.refresh=true", COMMITTED)
                .isEqualTo(live);
    }

    private JsonNode live() throws IOException {
        return JSON.readTree(caseworker.get("/v3/api-docs").expectStatus(200).body());
    }
}
