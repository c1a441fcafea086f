package org.fullaccounting.casefile.reports.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.Assessment;

import java.util.UUID;

/** Assesses the report anew for one correlated case; each case's assessment stands on its own. */
public record AssessCorrelationCommand(@TargetAggregateIdentifier UUID reportId, UUID caseId, Assessment assessment,
                                       String reason) implements SightingReportCommand {
}
