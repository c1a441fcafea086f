package org.fullaccounting.api.web.board;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BoardBarsTest {

    @Test
    void theLongestBarFillsTheChart() {
        assertThat(BoardPage.width(8_000, 8_000)).isEqualTo(100.0);
    }

    @Test
    void aStatusWithOneCaseBesideThousandsStillShowsABar() {
        assertThat(BoardPage.width(1, 8_000)).isEqualTo(BoardPage.THINNEST);
    }

    @Test
    void aStatusWithNoCasesShowsNoBar() {
        assertThat(BoardPage.width(0, 8_000)).isZero();
        assertThat(BoardPage.width(0, 0)).isZero();
    }
}
