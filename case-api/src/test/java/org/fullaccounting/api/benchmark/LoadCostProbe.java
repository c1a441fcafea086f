package org.fullaccounting.api.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.application.population.PopulationLoad;
import org.fullaccounting.casefile.population.Population;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Not a test: a measuring tool for the loader and the replay on a busy machine, where wall-clock
 * rates say more about the neighbours than about the code. It reports CPU time per event, of this
 * JVM and of the PostgreSQL backends serving its database (read from /proc, so the server must run
 * on this machine). Runs only when asked:
 * {@code mvn -B -ntp -pl case-api -am test -Dtest=LoadCostProbe -Dsurefire.failIfNoSpecifiedTests=false
 * -Dfa.test.db=server -Dfa.probe.cases=200}.
 */
@EnabledIfSystemProperty(named = "fa.probe.cases", matches = "\\d+")
class LoadCostProbe extends ApiTest {

    @Autowired
    private PopulationLoad load;

    @Test
    void measure() throws Exception {
        int cases = Integer.getInteger("fa.probe.cases");
        Set<Integer> backends = new HashSet<>();
        long dbBefore = dbCpuMillis(backends);
        long processBefore = processCpuMillis();
        long threadBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
        long wallBefore = System.nanoTime();
        PopulationLoad.Loaded loaded = load.load(Population.of(cases, 7).cases(), "probe");
        long wall = (System.nanoTime() - wallBefore) / 1_000_000;
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 - threadBefore;
        long process = processCpuMillis() - processBefore;
        long db = dbCpuMillis(backends) - dbBefore;
        long events = loaded.events();
        report("load", events, wall, thread, process, db);

        long catchUpStarted = System.nanoTime();
        awaitCaughtUp();
        report("catch-up after load (incl. load)", events, wall + (System.nanoTime() - catchUpStarted) / 1_000_000,
                0, processCpuMillis() - processBefore, dbCpuMillis(backends) - dbBefore);

        long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        dbBefore = dbCpuMillis(backends);
        processBefore = processCpuMillis();
        wallBefore = System.nanoTime();
        List<String> locations = new ArrayList<>();
        for (JsonNode model : admin.get("/api/admin/projections").json()) {
            locations.add(admin.post("/api/admin/projections/" + model.get("name").asText() + "/replay", Map.of())
                    .expectStatus(202).header("Location"));
        }
        for (String location : locations) {
            String path = location.startsWith("http") ? java.net.URI.create(location).getPath() : location;
            while (!admin.get(path).json().get("rejoined").asBoolean()) {
                Thread.sleep(100);
            }
        }
        awaitCaughtUp();
        report("replay of every read model", head, (System.nanoTime() - wallBefore) / 1_000_000, 0,
                processCpuMillis() - processBefore, dbCpuMillis(backends) - dbBefore);
        System.out.println("PROBE consistency differences: "
                + admin.get("/api/admin/projections/consistency").json().get("differences").asLong());
    }

    private void awaitCaughtUp() throws InterruptedException {
        while (true) {
            boolean done = true;
            for (JsonNode model : admin.get("/api/admin/projections").json()) {
                boolean behind = model.path("behind").isNumber() ? model.path("behind").asLong() > 0
                        : model.path("head").asLong() > 0;
                done &= !behind && model.path("caughtUp").asBoolean() && !model.path("replaying").asBoolean();
            }
            if (done) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static void report(String what, long events, long wallMillis, long threadMillis, long processMillis,
                               long dbMillis) {
        System.out.println(String.format(Locale.ROOT,
                "PROBE %s: %d events, wall %.1f s (%.0f events/s); CPU per 1000 events: loader thread %.0f ms,"
                        + " this JVM %.0f ms, PostgreSQL %.0f ms; by CPU alone %.0f events/s",
                what, events, wallMillis / 1000.0, events * 1000.0 / Math.max(1, wallMillis),
                threadMillis * 1000.0 / events, processMillis * 1000.0 / events, dbMillis * 1000.0 / events,
                events * 1000.0 / Math.max(1, processMillis + dbMillis)));
    }

    private static long processCpuMillis() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** CPU of every backend of this database seen so far (backends that ended are left out). */
    private long dbCpuMillis(Set<Integer> seen) {
        seen.addAll(jdbc.queryForList("SELECT pid FROM pg_stat_activity WHERE datname = current_database()",
                Integer.class));
        long ticks = 0;
        for (int pid : seen) {
            try {
                String[] fields = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"))
                        .replaceFirst("^.*\\) ", "").split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (IOException | RuntimeException gone) {
                // a backend that ended
            }
        }
        return ticks * 10;
    }
}
