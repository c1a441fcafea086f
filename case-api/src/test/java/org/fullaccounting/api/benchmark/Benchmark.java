package org.fullaccounting.api.benchmark;

import org.fullaccounting.api.faults.AppNode;
import org.fullaccounting.casefile.population.Population;
import org.fullaccounting.projections.testing.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The benchmark: a fresh database, the application as a child JVM over real HTTP, a synthetic
 * population loaded at its start, then each figure measured for a fixed time, and the table
 * written to {@code target/benchmark}. {@link Settings} come from system properties.
 */
final class Benchmark {

    /**
     * -Dfa.bench.cases, .seed, .seconds, .jvm (the child's JVM options), .wait-minutes (patience for
     * loads and catch-ups), .warmup-seconds (unmeasured appends and reads before the figures; default
     * 90 s or twice the seconds per figure if longer; the smoke test's tiny settings: twice the figure).
     */
    record Settings(int cases, long seed, Duration each, List<String> jvm, Duration patience, Duration warmUp) {

        Settings(int cases, long seed, Duration each, List<String> jvm, Duration patience) {
            this(cases, seed, each, jvm, patience, each.multipliedBy(2));
        }

        static Settings fromSystemProperties() {
            Duration each = Duration.ofSeconds(Long.getLong("fa.bench.seconds", 15));
            return new Settings(Integer.getInteger("fa.bench.cases", Population.KOREAN_WAR_CASES),
                    Long.getLong("fa.bench.seed", 1), each,
                    Arrays.asList(System.getProperty("fa.bench.jvm", "-Xmx512m").trim().split("\\s+")),
                    Duration.ofMinutes(Long.getLong("fa.bench.wait-minutes", 60)),
                    Duration.ofSeconds(Long.getLong("fa.bench.warmup-seconds", Math.max(90, 2 * each.toSeconds()))));
        }
    }

    /** One generated case: its id and how many events it was loaded with. */
    record Sized(UUID caseId, int events) {
    }

    static final Path OUTPUT = Path.of("target", "benchmark");

    private final Settings settings;
    private final Report report = new Report();
    private final Figures figures;
    private final List<Sized> population;

    Benchmark(Settings settings) {
        this.settings = settings;
        this.figures = new Figures(report);
        this.population = Population.of(settings.cases(), settings.seed()).cases()
                .map(generated -> new Sized(generated.caseId(), generated.events())).toList();
    }

    Report run() {
        TestDatabase.Roles roles = TestDatabase.roles();
        TestDatabase.Database database = TestDatabase.freshOwnedBy(roles.owner());
        AppNode node = AppNode.on("benchmark", database, roles, Map.of(
                        "fa.population.cases", String.valueOf(settings.cases()),
                        "fa.population.seed", String.valueOf(settings.seed())))
                .withJvmOptions(settings.jvm());
        // -Dfa.bench.app.X=V starts the application with X=V (say, the loader's fa.population.batch-events)
        System.getProperties().stringPropertyNames().stream().filter(key -> key.startsWith("fa.bench.app."))
                .forEach(key -> node.set(key.substring("fa.bench.app.".length()), System.getProperty(key)));
        describeRun(database);
        try (node) {
            Files.deleteIfExists(node.log());
            long peakKiB = loadAndRestart(node);
            RunningApp app = new RunningApp(node);
            HttpLoad caseworker = HttpLoad.choose(node.port(), app.caseworker(), RunningApp.CASEWORKER,
                    RunningApp.PASSWORD);
            report.about("HTTP client", caseworker.name());
            warmUp(caseworker);
            measureWrites(database, caseworker);
            figures.historyReads(caseworker.run(32, settings.each(), histories()));
            measureWriteCost(caseworker);
            long events = app.head();
            figures.replay(events, app.replayAll(settings.patience()), app.differences(settings.patience()));
            figures.peakRss(Math.max(peakKiB, node.peakRssKiB()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            // What was measured is kept even when a later step fails (the test then fails for it).
            report.writeTo(OUTPUT);
        }
        return report;
    }

    /** Loads the population at the first start; restarts on the loaded store for the cold start. */
    private long loadAndRestart(AppNode node) {
        RunningApp app = new RunningApp(node);
        node.startAnswering(settings.patience());
        figures.population(app.awaitPopulation(settings.patience()));
        app.awaitCaughtUp(settings.patience());
        long peakKiB = node.peakRssKiB();
        node.kill();
        node.set("fa.population.cases", null);
        figures.coldStart(node.startAnswering(settings.patience()));
        app.awaitCaughtUp(settings.patience());
        return peakKiB;
    }

    /**
     * The JVM just restarted (the cold start figure): its JIT has compiled nothing of the request
     * paths yet, and the first thousands of requests run interpreted, several times slower than
     * they will for the rest of the node's life (one client's random appends on the default
     * population: 6.1 ms at p50 over the first 2,000, 3.4 ms after about 15,000). As any JVM
     * benchmark, the figures are of the running system: appends at 16 clients, then reads at 32,
     * for {@code warmUp} in all, unmeasured.
     */
    private void warmUp(HttpLoad caseworker) {
        Duration half = settings.warmUp().dividedBy(2);
        caseworker.run(16, half, notes(population));
        caseworker.run(32, half, histories());
    }

    private void measureWrites(TestDatabase.Database database, HttpLoad caseworker) {
        RawCommits raw = new RawCommits(database, eventBytes(database));
        double raw1 = raw.commitsPerSecond(1, settings.each());
        double raw16 = raw.commitsPerSecond(16, settings.each());
        figures.raw(raw.method(), raw1, raw16);
        for (int clients : List.of(1, 16, 64)) {
            figures.appends(caseworker.run(clients, settings.each(), notes(population)));
        }
    }

    /** A case with the most events (the long tail) against one with about ten, one writer each. */
    private void measureWriteCost(HttpLoad caseworker) {
        Sized large = population.stream().max(Comparator.comparingInt(Sized::events)).orElseThrow();
        Sized small = population.stream().min(Comparator.comparingInt(s -> Math.abs(s.events() - 10))).orElseThrow();
        Load.Figure toLarge = caseworker.run(1, settings.each(), notes(List.of(large)));
        Load.Figure toSmall = caseworker.run(1, settings.each(), notes(List.of(small)));
        figures.writeCost(large.events(), toLarge, small.events(), toSmall);
    }

    /** A note appended to one of these cases at random. */
    private static HttpLoad.Target notes(List<Sized> cases) {
        return HttpLoad.Target.post(cases.stream().map(c -> "/api/cases/" + c.caseId() + "/notes").toList(),
                "{\"text\":\"benchmark note\"}");
    }

    /** The history of a case of the whole population at random. */
    private HttpLoad.Target histories() {
        return HttpLoad.Target.get(population.stream().map(c -> "/api/cases/" + c.caseId() + "/history").toList());
    }

    /** The average stored event's size, so the raw rows weigh what the application's rows weigh. */
    private static int eventBytes(TestDatabase.Database database) {
        try (Connection connection = database.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet average = statement.executeQuery("SELECT coalesce(avg(octet_length(payload) "
                     + "+ coalesce(octet_length(meta_data), 0)), 700)::int FROM domain_event_entry")) {
            average.next();
            return average.getInt(1);
        } catch (SQLException e) {
            return 700;
        }
    }

    private void describeRun(TestDatabase.Database database) {
        report.about("population", settings.cases() + " cases, seed " + settings.seed())
                .about("seconds per figure", settings.each().toSeconds())
                .about("unmeasured warm-up after the restart (appends, then history reads), seconds",
                        settings.warmUp().toSeconds())
                .about("database", TestDatabase.describe() + " (" + database.url() + ")")
                .about("application JVM options", String.join(" ", settings.jvm()))
                .about("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                        + Machine.memory() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch"))
                .about("run at", java.time.Instant.now().toString());
    }
}
