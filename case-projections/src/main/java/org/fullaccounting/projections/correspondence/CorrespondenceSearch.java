package org.fullaccounting.projections.correspondence;

import org.fullaccounting.casefile.api.CorrespondenceKind;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/**
 * Register search; null fields do not filter. {@code party} matches sender or recipient (any part
 * of the name). {@code from}/{@code to} keep items whose (possibly partial) date can fall in the
 * range: a letter dated "1954" is found by from=1954-05. {@code words} must all occur in the
 * subject or summary (English stemming: "prisoners" finds "prisoner").
 */
public record CorrespondenceSearch(
        String party,
        CorrespondenceKind kind,
        HistoricalDate from,
        HistoricalDate to,
        String words,
        UUID caseId,
        int page,
        int size) {
}
