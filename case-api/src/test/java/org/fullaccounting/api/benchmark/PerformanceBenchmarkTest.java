package org.fullaccounting.api.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;


/**
 * The benchmark (README, "Performance"): {@code mvn -B -ntp -pl case-api -am test -Pbenchmark}, with
 * -Dfa.bench.cases (8,056), -Dfa.bench.seconds (15 per figure), -Dfa.bench.seed, -Dfa.bench.jvm.
 * It writes target/benchmark/benchmark.md and .json. Speed is reported, never asserted: a busy
 * machine is slow, not wrong. What it asserts is that the run itself was sound.
 */
@Tag("benchmark")
class PerformanceBenchmarkTest {

    @Test
    void measuresTheApplicationAtTheSizeOfThePopulation() {
        Report report = new Benchmark(Benchmark.Settings.fromSystemProperties()).run();

        System.out.printf("%n%s%n", report.markdown());
        BenchmarkSmokeTest.assertSound(report);
    }
}
