package org.fullaccounting.api.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** When the benchmark's unmeasured warm-up may end (Benchmark.Settings#warmedUp). */
class WarmUpTest {

    private final Benchmark.Settings atLeast90AtMost900 = new Benchmark.Settings(10, 1, Duration.ofSeconds(15),
            List.of(), Duration.ofMinutes(1), Duration.ofSeconds(90), Duration.ofSeconds(900));

    @Test
    void aSettledJitDoesNotEndTheWarmUpBeforeItsMinimum() {
        assertThat(atLeast90AtMost900.warmedUp(Duration.ofSeconds(60), 0.0)).isFalse();
    }

    @Test
    void pastTheMinimumTheWarmUpGoesOnWhileTheJitStillCompiles() {
        assertThat(atLeast90AtMost900.warmedUp(Duration.ofSeconds(300), 0.05)).isFalse();
    }

    @Test
    void pastTheMinimumTheWarmUpEndsOnceTheJitCompilesForAtMostTwoPercentOfARound() {
        assertThat(atLeast90AtMost900.warmedUp(Duration.ofSeconds(300), 0.02)).isTrue();
        assertThat(atLeast90AtMost900.warmedUp(Duration.ofSeconds(90), 0.015)).isTrue();
    }

    @Test
    void theWarmUpEndsAtItsLimitThoughTheJitStillCompiles() {
        assertThat(atLeast90AtMost900.warmedUp(Duration.ofSeconds(900), 1.4)).isTrue();
    }

    @Test
    void theSmokeTestsTinySettingsWarmUpForOneRound() {
        Benchmark.Settings tiny = new Benchmark.Settings(24, 7, Duration.ofSeconds(1), List.of(), Duration.ofMinutes(5));

        assertThat(tiny.warmedUp(Duration.ofSeconds(2), 1.4)).isTrue();
        assertThat(tiny.warmedUp(Duration.ofMillis(1500), 0.0)).isFalse();
    }
}
