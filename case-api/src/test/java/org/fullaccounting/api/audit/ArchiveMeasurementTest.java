package org.fullaccounting.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.FullAccountingApplication;
import org.fullaccounting.api.application.population.PopulationLoad;
import org.fullaccounting.casefile.population.Population;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A measurement, tagged {@code benchmark}: left out of the default build, run with the benchmark
 * ({@code -Pbenchmark}, alone with {@code -Dtest=ArchiveMeasurementTest}). It loads a synthetic
 * population of {@code -Dfa.measure.archive.cases=N} cases (300 unless given), then times the export, the check and a restore into a fresh
 * database, and prints one line of figures (the README quotes them). It asserts only what makes
 * the figures meaningful: the check matched and the restore ended DONE with every head equal.
 */
@org.junit.jupiter.api.Tag("benchmark")
class ArchiveMeasurementTest extends ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    private PopulationLoad population;

    @Test
    void measureExportCheckAndRestore(@TempDir Path directory) throws Exception {
        int cases = Integer.getInteger("fa.measure.archive.cases", 300);
        population.load(Population.of(cases, 12).cases(), "archive-measurement");
        Path archive = directory.resolve("archive.ndjson");

        long started = System.nanoTime();
        HttpResponse<Path> exported = HTTP.send(request("/api/audit/export", "test-auditor").GET().build(),
                HttpResponse.BodyHandlers.ofFile(archive));
        double exportSeconds = seconds(started);
        assertThat(exported.statusCode()).isEqualTo(200);
        List<String> last = tail(archive);
        JsonNode manifest = JSON.readTree(last.get(0)).get("manifest");
        long events = manifest.get("events").asLong();

        started = System.nanoTime();
        HttpResponse<String> checked = HTTP.send(request("/api/audit/export/check", "test-auditor")
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(archive))
                .build(), HttpResponse.BodyHandlers.ofString());
        double checkSeconds = seconds(started);
        assertThat(JSON.readTree(checked.body()).get("differing").size()).isZero();

        TestDatabase.Database fresh = TestDatabase.freshOwnedBy(ROLES.owner());
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FullAccountingApplication.class).run(
                "--server.port=0", "--spring.datasource.url=" + fresh.url(),
                "--spring.datasource.username=" + ROLES.app(), "--spring.datasource.password=" + ROLES.appPassword(),
                "--spring.flyway.user=" + ROLES.owner(), "--spring.flyway.password=" + ROLES.ownerPassword(),
                "--fa.sample-data=false", "--fa.admin-password=" + ADMIN_PASSWORD)) {
            int restoredPort = ((WebServerApplicationContext) app).getWebServer().getPort();
            Api restoredAdmin = Api.at(restoredPort).as("admin", ADMIN_PASSWORD);
            started = System.nanoTime();
            HttpResponse<String> accepted = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                            + restoredPort + "/api/admin/restore")).timeout(Duration.ofMinutes(30))
                    .header("Authorization", basic("admin", ADMIN_PASSWORD))
                    .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofFile(archive))
                    .build(), HttpResponse.BodyHandlers.ofString());
            double receiveSeconds = seconds(started);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            String location = accepted.headers().firstValue("Location").orElseThrow();
            JsonNode status = restoredAdmin.get(location).json();
            while (!List.of("DONE", "FAILED").contains(status.get("state").asText())) {
                Thread.sleep(500);
                status = restoredAdmin.get(location).json();
            }
            double restoreSeconds = seconds(started);
            assertThat(status.get("state").asText()).as(status.toString()).isEqualTo("DONE");
            System.out.printf(Locale.ROOT, "Archive measurement: %d cases, %d events, %.1f MB; export %.1f s "
                            + "(%.0f events/s); check %.1f s (%.0f events/s); restore %.1f s in all (%.0f events/s), "
                            + "of which receiving %.1f s%n", manifest.get("cases").size(), events,
                    Files.size(archive) / 1e6, exportSeconds, events / exportSeconds, checkSeconds,
                    events / checkSeconds, restoreSeconds, events / restoreSeconds, receiveSeconds);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofMinutes(30))
                .header("Authorization", basic(user, "a-long-test-password"));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static List<String> tail(Path archive) throws Exception {
        try (var lines = Files.lines(archive)) {
            String[] last = {null};
            lines.forEach(line -> last[0] = line);
            return List.of(last[0]);
        }
    }
}
