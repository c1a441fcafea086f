package org.fullaccounting.casefile;

import org.fullaccounting.casefile.api.*;

import java.util.Map;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;

/**
 * The checks a command passes on its own, before the case's state is consulted: required fields
 * and values that cannot be right whatever the case holds. The rules that read the case's state
 * are CaseFile's own methods.
 */
final class CommandChecks {

    private CommandChecks() {
    }

    static void requireComplete(OpenCaseCommand command) {
        requirePresent(command.caseId(), "caseId");
        requireText(command.serviceNumber(), "serviceNumber");
        requireMeaningfulServiceNumber(command.serviceNumber());
        requirePresent(command.name(), "name");
        requireText(command.name().family(), "name.family");
        requirePresent(command.branch(), "branch");
        requirePresent(command.status(), "status");
        requireText(command.source(), "source");
        requireInitialStatus(command.status());
    }

    static void requireComplete(RecordCaptivityFactCommand command) {
        requirePresent(command.kind(), "kind");
        requireText(command.source(), "source");
        requireCaptivityDetails(command);
    }

    static void requireComplete(ReportSightingCommand command) {
        requirePresent(command.sourceKind(), "sourceKind");
        requireText(command.description(), "description");
        requireText(command.source(), "source");
        requireReportedNotBeforeObserved(command.observedOn(), command.reportedOn());
    }

    static void requireComplete(AssessSightingCommand command) {
        requirePresent(command.assessment(), "assessment");
        requireText(command.reason(), "reason");
        requirePresent(command.sightingId(), "sightingId");
    }

    static void requireComplete(ReclassifyStatusCommand command) {
        requirePresent(command.to(), "to");
        requireText(command.authority(), "authority");
        requireText(command.source(), "source");
    }

    static void requireComplete(LogCorrespondenceCommand command) {
        requirePresent(command.date(), "date");
        requirePresent(command.kind(), "kind");
        requirePresent(command.direction(), "direction");
        requireText(command.subject(), "subject");
    }

    static void requireComplete(DesignateLastSeenAliveCommand command) {
        requireText(command.source(), "source");
    }

    static void requireComplete(RemoveLastSeenAliveCommand command) {
        requireText(command.source(), "source");
        requireText(command.reason(), "reason");
    }

    static void requireComplete(RecordRemainsRecoveredCommand command) {
        requireText(command.source(), "source");
    }

    static void requireComplete(RecordRemainsIdentifiedCommand command) {
        requirePresent(command.method(), "method");
        requireText(command.source(), "source");
    }

    static void requireComplete(AddNoteCommand command) {
        requireText(command.text(), "text");
    }

    static void requireComplete(RetractEntryCommand command) {
        requirePresent(command.retractedEntryId(), "entryId");
        requireText(command.reason(), "reason");
    }

    static void requireComplete(CorrectEntryCommand command) {
        requirePresent(command.correctedEntryId(), "entryId");
        requireText(command.field(), "field");
        requireText(command.value(), "value");
        requireText(command.reason(), "reason");
        requireText(command.source(), "source");
    }

    static void requireComplete(LinkFamilyMemberCommand command) {
        requireText(command.username(), "username");
        requireText(command.reason(), "reason");
    }

    static void requireComplete(UnlinkFamilyMemberCommand command) {
        requireText(command.username(), "username");
        requireText(command.reason(), "reason");
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    static void requireMeaningfulServiceNumber(String serviceNumber) {
        if (ServiceNumberRegistry.normalize(serviceNumber).isEmpty()) {
            throw new CaseRuleViolation(FIELD_INVALID, "serviceNumber",
                    "a service number needs letters or digits, not only spaces and hyphens");
        }
    }

    static void requireInitialStatus(CaseStatus initial) {
        if (initial == CaseStatus.ACCOUNTED_FOR) {
            throw new CaseRuleViolation(FIELD_INVALID, "status",
                    "a case cannot open as ACCOUNTED_FOR; record the remains identification instead");
        }
    }

    static void requireUnclaimedServiceNumber(ServiceNumberRegistry serviceNumbers, String serviceNumber,
                                              UUID caseId) {
        serviceNumbers.claim(ServiceNumberRegistry.normalize(serviceNumber), caseId).ifPresent(existing -> {
            throw new CaseRuleViolation(DUPLICATE_SERVICE_NUMBER, "serviceNumber",
                    "service number " + serviceNumber + " already belongs to case " + existing,
                    Map.of("existingCaseId", existing.toString()));
        });
    }

    static void requireCaptivityDetails(RecordCaptivityFactCommand command) {
        switch (command.kind()) {
            case CAPTURED:
                requireText(command.place(), "place");
                break;
            case INTERNED:
                requireText(command.camp(), "camp");
                break;
            case TRANSFERRED:
                requireText(command.destination(), "destination");
                break;
            default:
                throw new IllegalStateException("unhandled captivity fact " + command.kind());
        }
    }

    static void requireReportedNotBeforeObserved(HistoricalDate observedOn, HistoricalDate reportedOn) {
        if (observedOn != null && reportedOn != null && reportedOn.certainlyBefore(observedOn)) {
            throw new CaseRuleViolation(REPORTED_BEFORE_OBSERVED, "reportedOn",
                    "a sighting cannot be reported (" + reportedOn + ") before it was observed (" + observedOn + ")");
        }
    }

    static void requireDifferentAssessment(Assessment current, Assessment proposed) {
        if (current == proposed) {
            throw new CaseRuleViolation(SAME_ASSESSMENT, "assessment", "the sighting is already assessed " + current);
        }
    }
}
