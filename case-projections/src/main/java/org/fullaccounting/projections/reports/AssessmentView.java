package org.fullaccounting.projections.reports;

import org.fullaccounting.casefile.api.Assessment;

import java.time.Instant;

/** One assessment of a correlation; the first is made with the correlation and has no previous one. */
public record AssessmentView(long sequence, Assessment assessment, Assessment previousAssessment, String reason,
                             Instant recordedAt, String recordedBy) {
}
