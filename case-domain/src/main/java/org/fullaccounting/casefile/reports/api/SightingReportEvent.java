package org.fullaccounting.casefile.reports.api;

import java.util.UUID;

/**
 * Every event of a sighting report; the compiler lists them. Never a CaseEvent: a report of unnamed
 * people belongs to no one case, it is correlated with cases.
 */
public sealed interface SightingReportEvent permits SightingReportFiledEvent, CaseCorrelatedEvent,
        CorrelationAssessedEvent {

    UUID reportId();
}
