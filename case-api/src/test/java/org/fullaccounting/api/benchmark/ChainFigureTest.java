package org.fullaccounting.api.benchmark;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the benchmark judges the auditor's verification of every case (Figures#chains). */
class ChainFigureTest {

    private final Report report = new Report();
    private final Figures figures = new Figures(report);

    @Test
    void everyCaseVerifiedMeetsTheTarget() {
        figures.chains(new RunningApp.Verified(3, 300, List.of(), Duration.ofSeconds(2)), 3, 4);

        assertThat(report.rows()).singleElement().satisfies(row -> {
            assertThat(row.met()).isTrue();
            assertThat(row.value()).isEqualTo(1.5);
            assertThat(row.shown()).isEqualTo("3 cases, 300 events, 0 not verified, in 2.0 s (2 cases/s)");
        });
        assertThat(report.unverified()).isEmpty();
    }

    @Test
    void oneCaseThatDoesNotVerifyFailsTheTargetAndIsNamed() {
        figures.chains(new RunningApp.Verified(3, 300, List.of("a-broken-case"), Duration.ofSeconds(2)), 3, 4);

        assertThat(report.rows()).singleElement().satisfies(row -> assertThat(row.met()).isFalse());
        assertThat(report.unverified()).containsExactly("a-broken-case");
        assertThat(report.markdown()).contains("cases that did not verify: a-broken-case");
    }

    @Test
    void verifyingFewerCasesThanThePopulationHoldsFailsTheTarget() {
        figures.chains(new RunningApp.Verified(2, 200, List.of(), Duration.ofSeconds(2)), 3, 4);

        assertThat(report.rows()).singleElement().satisfies(row -> assertThat(row.met()).isFalse());
    }
}
