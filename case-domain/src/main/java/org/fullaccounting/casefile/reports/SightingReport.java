package org.fullaccounting.casefile.reports;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.reports.api.*;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;

/**
 * A report of a sighting of possibly several unnamed people: the Romanian engineer Oprica's fifty
 * American prisoners on a collective farm near Pyongyang in 1979, the defector Kim Yong's camp in
 * 1996. Recorded on no single case, so no family reads it as a sighting of its own serviceman.
 *
 * <p>Lifecycle: filed once (observed and reported dates, place, who reported it, the witness, what
 * was seen, optionally the registered source it comes from). Then correlated with cases, each case at
 * most once and with a first assessment (the sighting vocabulary: CORRELATED, NOT_CORRELATED,
 * UNRESOLVED, FABRICATED) and a reason; each correlation is later re-assessed on its own, each new
 * assessment differing from the one it replaces. Nothing is deleted: a correlation that no longer
 * holds is assessed NOT_CORRELATED. Handlers answer with the report's version: the number of its events.
 *
 * <p>The state is only what the rules read: each correlated case's current assessment.
 */
public class SightingReport {

    @AggregateIdentifier
    private UUID reportId;
    private final Map<UUID, Assessment> correlations = new HashMap<>();

    protected SightingReport() { // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Long handle(FileSightingReportCommand command) {
        requirePresent(command.reportId(), "reportId");
        requirePresent(command.observedOn(), "observedOn");
        requirePresent(command.reportedOn(), "reportedOn");
        requirePresent(command.sourceKind(), "sourceKind");
        requireText(command.description(), "description");
        requireReportedNotBeforeObserved(command.observedOn(), command.reportedOn());
        return record(new SightingReportFiledEvent(command.reportId(), command.observedOn(), command.reportedOn(),
                blankToNull(command.place()), command.sourceKind(), blankToNull(command.witness()),
                command.description().trim(), command.sourceId()));
    }

    @CommandHandler
    public Long handle(CorrelateCaseCommand command) {
        requirePresent(command.caseId(), "caseId");
        requirePresent(command.assessment(), "assessment");
        requireText(command.reason(), "reason");
        requireNotYetCorrelated(command.caseId());
        return record(new CaseCorrelatedEvent(reportId, command.caseId(), command.assessment(),
                command.reason().trim()));
    }

    @CommandHandler
    public Long handle(AssessCorrelationCommand command) {
        requirePresent(command.caseId(), "caseId");
        requirePresent(command.assessment(), "assessment");
        requireText(command.reason(), "reason");
        Assessment previous = requireCorrelated(command.caseId());
        requireDifferentAssessment(previous, command.assessment());
        return record(new CorrelationAssessedEvent(reportId, command.caseId(), command.assessment(), previous,
                command.reason().trim()));
    }

    @EventSourcingHandler
    void on(SightingReportFiledEvent event) {
        reportId = event.reportId();
    }

    @EventSourcingHandler
    void on(CaseCorrelatedEvent event) {
        correlations.put(event.caseId(), event.assessment());
    }

    @EventSourcingHandler
    void on(CorrelationAssessedEvent event) {
        correlations.put(event.caseId(), event.assessment());
    }

    private void requireNotYetCorrelated(UUID caseId) {
        if (correlations.containsKey(caseId)) {
            throw new CaseRuleViolation(ALREADY_CORRELATED, "caseId", "the report is already correlated with case "
                    + caseId + "; assess that correlation anew instead");
        }
    }

    /** The correlation's current assessment; refused when the report was never correlated with the case. */
    private Assessment requireCorrelated(UUID caseId) {
        Assessment current = correlations.get(caseId);
        if (current == null) {
            throw new CaseRuleViolation(UNKNOWN_CORRELATION, "caseId", "the report is not correlated with case "
                    + caseId);
        }
        return current;
    }

    private static void requireDifferentAssessment(Assessment previous, Assessment next) {
        if (previous == next) {
            throw new CaseRuleViolation(SAME_ASSESSMENT, "assessment", "the correlation is already assessed "
                    + next);
        }
    }

    /** As for a sighting on a case: a report cannot come before what it reports, unless the dates are vague. */
    private static void requireReportedNotBeforeObserved(HistoricalDate observed, HistoricalDate reported) {
        if (reported.certainlyBefore(observed)) {
            throw new CaseRuleViolation(REPORTED_BEFORE_OBSERVED, "reportedOn",
                    "reported " + reported + " is before observed " + observed);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    private static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Long record(SightingReportEvent event) {
        AggregateLifecycle.apply(event);
        return AggregateLifecycle.getVersion() + 1;
    }
}
