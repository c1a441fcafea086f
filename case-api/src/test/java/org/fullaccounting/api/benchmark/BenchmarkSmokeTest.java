package org.fullaccounting.api.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's own code on a tiny population, one second per figure, so it cannot rot (runs
 * with the fault tests, -Pfaults). No figure is judged against its target: only that every figure
 * was measured, both files were written, no request failed and the read models agree after the
 * replay.
 */
@Tag("faults")
class BenchmarkSmokeTest {

    @Test
    void everyFigureIsMeasuredAndWrittenWithoutErrors() {
        Benchmark.Settings tiny = new Benchmark.Settings(24, 7, Duration.ofSeconds(1), List.of("-Xmx384m"),
                Duration.ofMinutes(5));

        Report report = new Benchmark(tiny).run();

        System.out.printf("%n%s%n", report.markdown());
        assertSound(report);
    }

    static void assertSound(Report report) {
        assertThat(report.rows()).as("rows").hasSize(19);
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.value()).as(row.measure()).isNotNull().isNotNaN().isFinite();
            assertThat(row.shown()).as(row.measure()).isNotBlank();
        });
        assertThat(report.rows()).filteredOn(row -> !row.measure().startsWith("consistency"))
                .allSatisfy(row -> assertThat(row.value()).as(row.measure()).isPositive());
        assertThat(report.totalErrors()).as("failed requests").isZero();
        assertThat(report.totalDifferences()).as("differences after the replay").isZero();
        assertThat(report.unverified()).as("cases whose chain or snapshots did not verify").isNotNull().isEmpty();
        assertThat(Benchmark.OUTPUT.resolve("benchmark.md")).exists().isNotEmptyFile();
        assertThat(Benchmark.OUTPUT.resolve("benchmark.json")).exists().isNotEmptyFile();
    }
}
