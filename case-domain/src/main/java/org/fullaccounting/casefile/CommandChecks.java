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
        requireSourceOrCitation(command.source(), command.citation());
        requireCompleteCitation(command.citation());
        requireInitialStatus(command.status());
    }

    static void requireComplete(RecordCaptivityFactCommand command) {
        requirePresent(command.kind(), "kind");
        requireSourceOrCitation(command.source(), command.citation());
        requireCaptivityDetails(command);
    }

    static void requireComplete(ReportSightingCommand command) {
        requirePresent(command.sourceKind(), "sourceKind");
        requireText(command.description(), "description");
        requireSourceOrCitation(command.source(), command.citation());
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
        requireSourceOrCitation(command.source(), command.citation());
    }

    static void requireComplete(MakePresumptiveFindingOfDeathCommand command) {
        requirePresent(command.foundOn(), "foundOn");
        requirePresent(command.presumedDeathOn(), "presumedDeathOn");
        requireText(command.authority(), "authority");
        requireSourceOrCitation(command.source(), command.citation());
        requirePresumedDeathNotAfterFinding(command.presumedDeathOn(), command.foundOn());
    }

    static void requireComplete(DesignateNonRecoverableCommand command) {
        requirePresent(command.designatedOn(), "designatedOn");
        requireText(command.reason(), "reason");
        requireSourceOrCitation(command.source(), command.citation());
    }

    static void requireComplete(ReopenNonRecoverableCommand command) {
        requirePresent(command.reopenedOn(), "reopenedOn");
        requireText(command.reason(), "reason");
        requireSourceOrCitation(command.source(), command.citation());
    }

    static void requireComplete(LogCorrespondenceCommand command) {
        requirePresent(command.date(), "date");
        requirePresent(command.kind(), "kind");
        requirePresent(command.direction(), "direction");
        requireText(command.subject(), "subject");
    }

    static void requireComplete(DesignateLastSeenAliveCommand command) {
        requireSourceOrCitation(command.source(), command.citation());
    }

    static void requireComplete(RemoveLastSeenAliveCommand command) {
        requireSourceOrCitation(command.source(), command.citation());
        requireText(command.reason(), "reason");
    }

    static void requireComplete(RecordRemainsRecoveredCommand command) {
        requireSourceOrCitation(command.source(), command.citation());
    }

    static void requireComplete(RecordRemainsIdentifiedCommand command) {
        requirePresent(command.method(), "method");
        requireSourceOrCitation(command.source(), command.citation());
    }

    static void requireComplete(RecordAccessionCandidacyCommand command) {
        requireAccession(command.accession());
        requireText(command.reason(), "reason");
    }

    static void requireComplete(RecordAccessionExclusionCommand command) {
        requireAccession(command.accession());
        requireText(command.reason(), "reason");
    }

    private static void requireAccession(AccessionRef accession) {
        requirePresent(accession, "accessionId");
        requirePresent(accession.accessionId(), "accessionId");
        requireText(accession.name(), "accession");
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
        requireSourceOrCitation(command.source(), command.citation());
    }

    static void requireComplete(LinkFamilyMemberCommand command) {
        requireText(command.username(), "username");
        requireText(command.reason(), "reason");
    }

    static void requireComplete(UnlinkFamilyMemberCommand command) {
        requireText(command.username(), "username");
        requireText(command.reason(), "reason");
    }

    static void requireComplete(AddToListCommand command) {
        requireListed(command.list(), command.source(), command.sourceId(), command.reason());
    }

    static void requireComplete(RemoveFromListCommand command) {
        requireListed(command.list(), command.source(), command.sourceId(), command.reason());
    }

    static void requireComplete(ApplyFindingCommand command) {
        Finding finding = command.finding();
        requirePresent(finding, "finding");
        requirePresent(finding.findingId(), "findingId");
        requireText(finding.title(), "title");
        requireText(finding.by(), "by");
        requireSourced(finding.source(), finding.sourceId());
    }

    private static void requireListed(ListEdition list, String source, UUID sourceId, String reason) {
        requirePresent(list, "listId");
        requirePresent(list.listId(), "listId");
        requireText(list.name(), "name");
        requireSourced(source, sourceId);
        requireText(reason, "reason");
    }

    /** A source as free text, as a registered source's id, or both; never neither. */
    static void requireSourced(String source, UUID sourceId) {
        if (sourceId == null && (source == null || source.isBlank())) {
            throw new CaseRuleViolation(FIELD_REQUIRED, "source", "source or sourceId is required");
        }
    }

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    /** An entry names its source: in free text, or by citing a registered source, or both. */
    static void requireSourceOrCitation(String source, Citation citation) {
        if (citation == null) {
            requireText(source, "source");
        }
    }

    /** A citation names its source; a locator alone cites nothing. */
    static void requireCompleteCitation(Citation citation) {
        if (citation != null) {
            requirePresent(citation.sourceId(), "sourceId");
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

    /** A finding presumes a death that came before it (or on its day), never one still to come. */
    static void requirePresumedDeathNotAfterFinding(HistoricalDate presumedDeathOn, HistoricalDate foundOn) {
        if (foundOn.certainlyBefore(presumedDeathOn)) {
            throw new CaseRuleViolation(PRESUMED_DEATH_AFTER_FINDING, "presumedDeathOn",
                    "the presumed date of death (" + presumedDeathOn + ") cannot be after the finding (" + foundOn + ")");
        }
    }

    static void requireDifferentAssessment(Assessment current, Assessment proposed) {
        if (current == proposed) {
            throw new CaseRuleViolation(SAME_ASSESSMENT, "assessment", "the sighting is already assessed " + current);
        }
    }
}
