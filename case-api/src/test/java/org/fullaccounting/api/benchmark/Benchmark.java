package org.fullaccounting.api.benchmark;

import org.fullaccounting.api.Api;
import org.fullaccounting.api.faults.AppNode;
import org.fullaccounting.casefile.population.Population;
import org.fullaccounting.floor.FloorApplication;
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
import java.util.function.DoubleSupplier;

/**
 * The benchmark: a fresh database, the application as a child JVM over real HTTP, a synthetic
 * population loaded at its start, then each figure measured for a fixed time, and the table
 * written to {@code target/benchmark}. {@link Settings} come from system properties.
 */
final class Benchmark {

    /**
     * -Dfa.bench.cases, .seed, .seconds, .jvm (the child's JVM options), .wait-minutes (patience for
     * loads and catch-ups), .warmup-seconds and .warmup-max-seconds (the unmeasured warm-up before
     * the figures, {@link #warmUp}: at least the first, default 90 s or twice the seconds per figure if
     * longer, at most the second, default 900 s; the smoke test's tiny settings: twice the figure, both).
     */
    record Settings(int cases, long seed, Duration each, List<String> jvm, Duration patience, Duration warmUp,
                    Duration warmUpLimit) {

        Settings(int cases, long seed, Duration each, List<String> jvm, Duration patience) {
            this(cases, seed, each, jvm, patience, each.multipliedBy(2), each.multipliedBy(2));
        }

        static Settings fromSystemProperties() {
            Duration each = Duration.ofSeconds(Long.getLong("fa.bench.seconds", 15));
            Duration warmUp = Duration.ofSeconds(Long.getLong("fa.bench.warmup-seconds",
                    Math.max(90, 2 * each.toSeconds())));
            Duration limit = Duration.ofSeconds(Long.getLong("fa.bench.warmup-max-seconds", 900));
            return new Settings(Integer.getInteger("fa.bench.cases", Population.KOREAN_WAR_CASES),
                    Long.getLong("fa.bench.seed", 1), each,
                    Arrays.asList(System.getProperty("fa.bench.jvm", "-Xmx512m").trim().split("\\s+")),
                    Duration.ofMinutes(Long.getLong("fa.bench.wait-minutes", 60)), warmUp,
                    limit.compareTo(warmUp) < 0 ? warmUp : limit);
        }

        /**
         * Whether a warm-up that has gone on for {@code spent}, its JIT compiling for {@code jitShare}
         * of the last round's time, may end: at the limit, or past the minimum once the JIT has settled.
         */
        boolean warmedUp(Duration spent, double jitShare) {
            return spent.compareTo(warmUpLimit) >= 0 || spent.compareTo(warmUp) >= 0 && jitShare <= JIT_SETTLED;
        }
    }

    /**
     * The JIT counts as settled when it compiled for at most this share of a warm-up round's wall time
     * (the child's jvm_compilation_time_ms_total, all compiler threads together).
     */
    static final double JIT_SETTLED = 0.02;

    /** Auditors verifying cases at once: the verification of every case (two cores; more only queue). */
    static final int VERIFYING_CLIENTS = 4;

    /** One generated case: its id and how many events it was loaded with. */
    record Sized(UUID caseId, int events) {
    }

    /** Histories read to size the floor's fixed answer: their average length in bytes. */
    static final int FLOOR_HISTORY_SAMPLE = 200;

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
            long headBefore = app.head();
            report.about("warm-up done", warmUp(caseworker, app::compilationMillis)
                    + "; " + (app.head() - headBefore) + " notes appended");
            RawCommits raw = measureWrites(database, caseworker);
            awaitReadModels(app);
            figures.historyReads(caseworker.run(32, settings.each(), histories()));
            measureWriteCost(caseworker);
            long events = app.head();
            figures.replay(events, app.replayAll(settings.patience()), app.differences(settings.patience()));
            figures.chains(app.verifyEvery(population.stream().map(Sized::caseId).toList(), VERIFYING_CLIENTS,
                    settings.patience()), population.size(), VERIFYING_CLIENTS);
            figures.peakRss(Math.max(peakKiB, node.peakRssKiB()));
            int historyBytes = app.averageHistoryBytes(sample(FLOOR_HISTORY_SAMPLE));
            node.kill();
            figures.replayFloor(StoreScan.everyEvent(database));
            measureFloor(database, roles, raw, historyBytes);
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
     * they will for the rest of the node's life. As any JVM benchmark, the figures are of the running
     * system, so the warm-up goes on, unmeasured, in rounds (appends at 16 clients, then reads at 32,
     * each for the seconds per figure) for at least {@code warmUp}, then until the JIT has settled
     * ({@link #JIT_SETTLED}) or {@code warmUpLimit} has passed; the table says which. A fixed 90 s
     * was not enough on two cores: three minutes after the restart, C2 still took most of a core
     * ({@code top -H}), and one client's appends ran at 218/s; five minutes later, at 430-560/s
     * (2026-12-07, default population). The floor is warmed up the same way ({@link #measureFloor}).
     *
     * @return what the warm-up did, for the report
     */
    private String warmUp(HttpLoad load, DoubleSupplier compilationMillis) {
        long started = System.nanoTime();
        double compiled = compilationMillis.getAsDouble();
        int rounds = 0;
        double share;
        Duration spent;
        do {
            long roundStarted = System.nanoTime();
            load.run(16, settings.each(), notes(population));
            load.run(32, settings.each(), histories());
            rounds++;
            double compiledBefore = compiled;
            compiled = compilationMillis.getAsDouble();
            share = (compiled - compiledBefore) / ((System.nanoTime() - roundStarted) / 1e6);
            spent = Duration.ofNanos(System.nanoTime() - started);
        } while (!settings.warmedUp(spent, share));
        return String.format(java.util.Locale.ROOT,
                "%d s in %d rounds; the JIT's compiler threads together compiled for %.1f %% of the last round"
                        + " (settled: %s, below %.0f %%)", spent.toSeconds(), rounds, 100 * share,
                share <= JIT_SETTLED ? "yes" : "no", 100 * JIT_SETTLED);
    }

    private RawCommits measureWrites(TestDatabase.Database database, HttpLoad caseworker) {
        RawCommits raw = new RawCommits(database, eventBytes(database));
        double raw1 = raw.commitsPerSecond(1, settings.each());
        double raw16 = raw.commitsPerSecond(16, settings.each());
        figures.raw(raw.method(), raw1, raw16);
        for (int clients : List.of(1, 16, 64)) {
            figures.appends(caseworker.run(clients, settings.each(), notes(population)));
        }
        return raw;
    }

    /**
     * The floor ({@code org.fullaccounting.floor.FloorApplication}): the same stack and JVM options,
     * each append only the raw commit and each history read a fixed body of the average history's size,
     * warmed up as the application was, measured as it was, beside raw commits measured again (the
     * server's commit rate drifts over a run). What it reaches is the most any implementation could
     * on this machine; the application is stopped by then, so the two never share the cores.
     */
    private void measureFloor(TestDatabase.Database database, TestDatabase.Roles roles, RawCommits raw,
                              int historyBytes) {
        AppNode floor = AppNode.on("floor", database, roles, Map.of(
                        "spring.datasource.username", database.user(),
                        "spring.datasource.password", database.password(),
                        "floor.insert", raw.insert(),
                        "floor.history-bytes", String.valueOf(historyBytes)))
                .running(FloorApplication.class.getName()).withJvmOptions(settings.jvm());
        try (floor) {
            floor.start();
            Api client = Api.at(floor.port()).as(FloorApplication.USER, FloorApplication.PASSWORD);
            HttpLoad load = HttpLoad.choose(floor.port(), client, FloorApplication.USER, FloorApplication.PASSWORD);
            report.about("floor warm-up done", warmUp(load, () -> Double.parseDouble(
                    client.get("/floor/compiled").expectStatus(200).body())));
            figures.floorAppends(raw.method(), raw.commitsPerSecond(1, settings.each()),
                    load.run(1, settings.each(), notes(population)), raw.commitsPerSecond(16, settings.each()),
                    load.run(16, settings.each(), notes(population)));
            figures.floorReads(historyBytes, load.run(32, settings.each(), histories()));
        }
    }

    /** Cases of the population spread over all of it, at most {@code most}. */
    private List<UUID> sample(int most) {
        int step = Math.max(1, population.size() / most);
        return java.util.stream.IntStream.range(0, population.size()).filter(i -> i % step == 0).limit(most)
                .mapToObj(i -> population.get(i).caseId()).toList();
    }

    /**
     * The appends just measured leave the read models events to apply, which they do on the same two
     * cores; the history reads are measured once they have, so that figure is of reads alone. The
     * table says how far behind they were and how long they took.
     */
    private void awaitReadModels(RunningApp app) {
        long behind = app.mostBehind();
        long started = System.nanoTime();
        app.awaitCaughtUp(settings.patience());
        report.about("before the history reads", String.format(java.util.Locale.ROOT,
                "the read models were up to %d events behind the appends and caught up in %.1f s", behind,
                (System.nanoTime() - started) / 1e9));
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
                .about("unmeasured warm-up after the restart (rounds of appends, then history reads), seconds",
                        "at least " + settings.warmUp().toSeconds() + ", then until the JIT settles, at most "
                                + settings.warmUpLimit().toSeconds())
                .about("database", TestDatabase.describe() + " (" + database.url() + ")")
                .about("application JVM options", String.join(" ", settings.jvm()))
                .about("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                        + Machine.memory() + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch"))
                .about("run at", java.time.Instant.now().toString());
    }
}
