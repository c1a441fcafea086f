package org.fullaccounting.casefile;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.fullaccounting.casefile.api.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.fullaccounting.casefile.CaseErrorCode.*;

/**
 * The case of one missing serviceman, from the day it is opened for ever after.
 *
 * <p>Lifecycle: a case is opened once per service number with an initial status. From then on it
 * only grows: captivity facts, sighting reports and their assessments, reclassifications,
 * correspondence, the Last Seen Alive designation, remains recovered and identified (which
 * accounts for the case), notes, and the family accounts allowed to read it. Nothing is deleted or rewritten: a wrong entry is retracted with
 * a reason, or a later source is recorded beside it as a correction. A case never closes; even
 * an accounted-for case keeps taking correspondence and corrections.
 *
 * <p>Command handlers check the rules (the {@code require...} methods) and apply one event;
 * event-sourcing handlers only assign state. Identifiers and times come from the command.
 */
public class CaseFile {

    @AggregateIdentifier
    private UUID caseId;
    private String serviceNumber;
    private PersonName name;
    private String rank;
    private Branch branch;
    private String unit;
    private HistoricalDate lossDate;
    private String lossPlace;
    private CaseStatus status;
    private boolean lastSeenAlive;
    private Map<UUID, EntryKind> entries = new LinkedHashMap<>();
    private Set<UUID> retracted = new HashSet<>();
    /** Sighting id to its current assessment; null while not yet assessed. */
    private Map<UUID, Assessment> sightings = new HashMap<>();
    /** Entries that changed the status, oldest first, with the status each replaced. */
    private List<Change<CaseStatus>> statusChanges = new ArrayList<>();
    /** Entries that changed the Last Seen Alive designation, with the value each replaced. */
    private List<Change<Boolean>> designationChanges = new ArrayList<>();
    private Set<UUID> activeRecoveries = new HashSet<>();
    private Set<UUID> activeIdentifications = new HashSet<>();
    /** Family accounts that may read this case. */
    private Set<String> linkedFamily = new HashSet<>();

    /** One state change and what it replaced, so retracting the latest change can restore it. */
    record Change<T>(UUID entryId, T before) {
    }

    protected CaseFile() {
        // for Axon
    }

    @CommandHandler
    public CaseFile(OpenCaseCommand command, ServiceNumberRegistry serviceNumbers) {
        requirePresent(command.caseId(), "caseId");
        requireText(command.serviceNumber(), "serviceNumber");
        requireMeaningfulServiceNumber(command.serviceNumber());
        requirePresent(command.name(), "name");
        requireText(command.name().family(), "name.family");
        requirePresent(command.branch(), "branch");
        requirePresent(command.status(), "status");
        requireText(command.source(), "source");
        requireInitialStatus(command.status());
        requireUnclaimedServiceNumber(serviceNumbers, command.serviceNumber(), command.caseId());
        apply(new CaseOpenedEvent(command.caseId(), command.serviceNumber().trim(), command.name(), command.rank(),
                command.branch(), command.unit(), command.lossDate(), command.lossPlace(), command.circumstances(),
                command.status(), command.source()));
    }

    @CommandHandler
    public void handle(RecordCaptivityFactCommand command) {
        requireNewEntry(command);
        requirePresent(command.kind(), "kind");
        requireText(command.source(), "source");
        requireCaptivityDetails(command);
        apply(new CaptivityFactRecordedEvent(caseId, command.entryId(), command.kind(), command.on(), command.place(),
                command.by(), command.camp(), command.destination(), command.source()));
    }

    @CommandHandler
    public void handle(ReportSightingCommand command) {
        requireNewEntry(command);
        requirePresent(command.sourceKind(), "sourceKind");
        requireText(command.description(), "description");
        requireText(command.source(), "source");
        requireReportedNotBeforeObserved(command.observedOn(), command.reportedOn());
        apply(new SightingReportedEvent(caseId, command.entryId(), command.observedOn(), command.reportedOn(),
                command.place(), command.sourceKind(), command.witness(), command.description(), command.source()));
    }

    @CommandHandler
    public void handle(AssessSightingCommand command) {
        requireNewEntry(command);
        requirePresent(command.assessment(), "assessment");
        requireText(command.reason(), "reason");
        requirePresent(command.sightingId(), "sightingId");
        requireKnownSighting(command.sightingId());
        requireNotRetracted(command.sightingId(), "sightingId");
        Assessment previous = sightings.get(command.sightingId());
        requireDifferentAssessment(previous, command.assessment());
        apply(new SightingAssessedEvent(caseId, command.entryId(), command.sightingId(), command.assessment(),
                previous, command.reason()));
    }

    @CommandHandler
    public void handle(ReclassifyStatusCommand command) {
        requireNewEntry(command);
        requirePresent(command.to(), "to");
        requireText(command.authority(), "authority");
        requireText(command.source(), "source");
        requireDifferentStatus(command.to());
        apply(new StatusReclassifiedEvent(caseId, command.entryId(), status, command.to(), command.effectiveOn(),
                command.authority(), command.reason(), command.source()));
    }

    @CommandHandler
    public void handle(LogCorrespondenceCommand command) {
        requireNewEntry(command);
        requirePresent(command.date(), "date");
        requirePresent(command.kind(), "kind");
        requirePresent(command.direction(), "direction");
        requireText(command.subject(), "subject");
        apply(new CorrespondenceLoggedEvent(caseId, command.entryId(), command.date(), command.kind(),
                command.direction(), command.from(), command.to(), command.subject(), command.summary(),
                command.documentRef(), command.restricted()));
    }

    @CommandHandler
    public void handle(DesignateLastSeenAliveCommand command) {
        requireNewEntry(command);
        requireText(command.source(), "source");
        requireNotLastSeenAlive();
        apply(new LastSeenAliveDesignatedEvent(caseId, command.entryId(), command.source(), command.reason()));
    }

    @CommandHandler
    public void handle(RemoveLastSeenAliveCommand command) {
        requireNewEntry(command);
        requireText(command.source(), "source");
        requireText(command.reason(), "reason");
        requireLastSeenAlive();
        apply(new LastSeenAliveRemovedEvent(caseId, command.entryId(), command.source(), command.reason()));
    }

    @CommandHandler
    public void handle(RecordRemainsRecoveredCommand command) {
        requireNewEntry(command);
        requireText(command.source(), "source");
        apply(new RemainsRecoveredEvent(caseId, command.entryId(), command.recoveredOn(), command.place(),
                command.operation(), command.source()));
    }

    @CommandHandler
    public void handle(RecordRemainsIdentifiedCommand command) {
        requireNewEntry(command);
        requirePresent(command.method(), "method");
        requireText(command.source(), "source");
        requireNotAccountedFor();
        requireRemainsRecovered();
        apply(new RemainsIdentifiedEvent(caseId, command.entryId(), command.identifiedOn(), command.method(), status,
                command.source()));
    }

    @CommandHandler
    public void handle(AddNoteCommand command) {
        requireNewEntry(command);
        requireText(command.text(), "text");
        apply(new NoteAddedEvent(caseId, command.entryId(), command.text()));
    }

    @CommandHandler
    public void handle(RetractEntryCommand command) {
        requireNewEntry(command);
        requirePresent(command.retractedEntryId(), "entryId");
        requireText(command.reason(), "reason");
        EntryKind kind = requireKnownEntry(command.retractedEntryId());
        requireNotRetracted(command.retractedEntryId(), "entryId");
        requireRetractable(command.retractedEntryId(), kind);
        apply(new EntryRetractedEvent(caseId, command.entryId(), command.retractedEntryId(), kind, command.reason(),
                restoredStatusIfRetracted(command.retractedEntryId()),
                restoredDesignationIfRetracted(command.retractedEntryId())));
    }

    @CommandHandler
    public void handle(CorrectEntryCommand command) {
        requireNewEntry(command);
        requirePresent(command.correctedEntryId(), "entryId");
        requireText(command.field(), "field");
        requireText(command.value(), "value");
        requireText(command.reason(), "reason");
        requireText(command.source(), "source");
        EntryKind kind = requireKnownEntry(command.correctedEntryId());
        requireNotRetracted(command.correctedEntryId(), "entryId");
        apply(new EntryCorrectedEvent(caseId, command.entryId(), command.correctedEntryId(), kind, command.field(),
                command.value(), command.reason(), command.source()));
    }

    @CommandHandler
    public void handle(LinkFamilyMemberCommand command) {
        requireNewEntry(command);
        requireText(command.username(), "username");
        requireText(command.reason(), "reason");
        requireNotLinked(command.username());
        apply(new FamilyMemberLinkedEvent(caseId, command.entryId(), command.username(), command.reason()));
    }

    @CommandHandler
    public void handle(UnlinkFamilyMemberCommand command) {
        requireNewEntry(command);
        requireText(command.username(), "username");
        requireText(command.reason(), "reason");
        requireLinked(command.username());
        apply(new FamilyMemberUnlinkedEvent(caseId, command.entryId(), command.username(), command.reason()));
    }

    /** The current state for readers of the write model (the case's ETag guards exactly this). */
    public CaseSummary summary() {
        Map<EntryKind, Integer> counts = new EnumMap<>(EntryKind.class);
        entries.forEach((id, kind) -> {
            if (!retracted.contains(id)) {
                counts.merge(kind, 1, Integer::sum);
            }
        });
        return new CaseSummary(caseId, serviceNumber, name, rank, branch, unit, lossDate, lossPlace, status,
                lastSeenAlive, counts, retracted.size());
    }

    // --- rules -------------------------------------------------------------------------------

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

    private static void requireMeaningfulServiceNumber(String serviceNumber) {
        if (ServiceNumberRegistry.normalize(serviceNumber).isEmpty()) {
            throw new CaseRuleViolation(FIELD_INVALID, "serviceNumber",
                    "a service number needs letters or digits, not only spaces and hyphens");
        }
    }

    private static void requireInitialStatus(CaseStatus initial) {
        if (initial == CaseStatus.ACCOUNTED_FOR) {
            throw new CaseRuleViolation(FIELD_INVALID, "status",
                    "a case cannot open as ACCOUNTED_FOR; record the remains identification instead");
        }
    }

    private static void requireUnclaimedServiceNumber(ServiceNumberRegistry serviceNumbers, String serviceNumber,
                                                      UUID caseId) {
        serviceNumbers.claim(ServiceNumberRegistry.normalize(serviceNumber), caseId).ifPresent(existing -> {
            throw new CaseRuleViolation(DUPLICATE_SERVICE_NUMBER, "serviceNumber",
                    "service number " + serviceNumber + " already belongs to case " + existing,
                    Map.of("existingCaseId", existing.toString()));
        });
    }

    private void requireNewEntry(CaseCommand command) {
        requirePresent(command.entryId(), "entryId");
        if (entries.containsKey(command.entryId())) {
            throw new CaseRuleViolation(FIELD_INVALID, "entryId", "entry " + command.entryId() + " already exists");
        }
    }

    private static void requireCaptivityDetails(RecordCaptivityFactCommand command) {
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

    private static void requireReportedNotBeforeObserved(HistoricalDate observedOn, HistoricalDate reportedOn) {
        if (observedOn != null && reportedOn != null && reportedOn.certainlyBefore(observedOn)) {
            throw new CaseRuleViolation(REPORTED_BEFORE_OBSERVED, "reportedOn",
                    "a sighting cannot be reported (" + reportedOn + ") before it was observed (" + observedOn + ")");
        }
    }

    private void requireKnownSighting(UUID sightingId) {
        if (!sightings.containsKey(sightingId)) {
            throw new CaseRuleViolation(UNKNOWN_SIGHTING, "sightingId",
                    "case " + caseId + " has no sighting " + sightingId);
        }
    }

    private EntryKind requireKnownEntry(UUID entryId) {
        EntryKind kind = entries.get(entryId);
        if (kind == null) {
            throw new CaseRuleViolation(UNKNOWN_ENTRY, "entryId", "case " + caseId + " has no entry " + entryId);
        }
        return kind;
    }

    private void requireNotRetracted(UUID entryId, String field) {
        if (retracted.contains(entryId)) {
            throw new CaseRuleViolation(ENTRY_RETRACTED, field, "entry " + entryId + " has been retracted");
        }
    }

    private static void requireDifferentAssessment(Assessment current, Assessment proposed) {
        if (current == proposed) {
            throw new CaseRuleViolation(SAME_ASSESSMENT, "assessment", "the sighting is already assessed " + current);
        }
    }

    private void requireDifferentStatus(CaseStatus to) {
        if (status == to) {
            throw new CaseRuleViolation(SAME_STATUS, "to", "the case already has status " + to);
        }
    }

    private void requireNotLastSeenAlive() {
        if (lastSeenAlive) {
            throw new CaseRuleViolation(ALREADY_LAST_SEEN_ALIVE, null, "the case is already on the Last Seen Alive list");
        }
    }

    private void requireLastSeenAlive() {
        if (!lastSeenAlive) {
            throw new CaseRuleViolation(NOT_LAST_SEEN_ALIVE, null, "the case is not on the Last Seen Alive list");
        }
    }

    private void requireNotLinked(String username) {
        if (linkedFamily.contains(username)) {
            throw new CaseRuleViolation(ALREADY_LINKED, "username", username + " is already linked to this case");
        }
    }

    private void requireLinked(String username) {
        if (!linkedFamily.contains(username)) {
            throw new CaseRuleViolation(NOT_LINKED, "username", username + " is not linked to this case");
        }
    }

    private void requireNotAccountedFor() {
        if (status == CaseStatus.ACCOUNTED_FOR) {
            throw new CaseRuleViolation(ALREADY_ACCOUNTED_FOR, null, "the case is already accounted for");
        }
    }

    private void requireRemainsRecovered() {
        if (activeRecoveries.isEmpty()) {
            throw new CaseRuleViolation(NO_REMAINS_RECOVERED, null,
                    "remains can only be identified after their recovery is recorded");
        }
    }

    /**
     * History is retracted from the top: the opening and retractions themselves stand, an
     * assessment is superseded by a new one, and a change of status or designation can only be
     * retracted while it is the latest such change, so the value it replaced is the one restored.
     */
    private void requireRetractable(UUID entryId, EntryKind kind) {
        switch (kind) {
            case CASE_OPENED:
            case RETRACTION:
                throw new CaseRuleViolation(NOT_RETRACTABLE, "entryId", "a " + kind + " entry cannot be retracted");
            case FAMILY_LINK:
                throw new CaseRuleViolation(NOT_RETRACTABLE, "entryId",
                        "a family link is withdrawn by unlinking, not retracted");
            case ASSESSMENT:
                throw new CaseRuleViolation(NOT_RETRACTABLE, "entryId",
                        "an assessment is superseded by assessing the sighting again, not retracted");
            case RECLASSIFICATION:
            case REMAINS_IDENTIFIED:
                requireLatest(statusChanges, entryId, "status change");
                break;
            case LAST_SEEN_ALIVE:
                requireLatest(designationChanges, entryId, "Last Seen Alive change");
                break;
            case REMAINS_RECOVERED:
                if (!activeIdentifications.isEmpty() && activeRecoveries.size() == 1) {
                    throw new CaseRuleViolation(NOT_RETRACTABLE, "entryId",
                            "retract the identification of these remains first");
                }
                break;
            default:
                break;
        }
    }

    private static void requireLatest(List<? extends Change<?>> changes, UUID entryId, String what) {
        if (changes.isEmpty() || !changes.get(changes.size() - 1).entryId().equals(entryId)) {
            throw new CaseRuleViolation(NOT_RETRACTABLE, "entryId",
                    "only the latest " + what + " can be retracted; retract the later ones first");
        }
    }

    private CaseStatus restoredStatusIfRetracted(UUID entryId) {
        return latestBefore(statusChanges, entryId);
    }

    private Boolean restoredDesignationIfRetracted(UUID entryId) {
        return latestBefore(designationChanges, entryId);
    }

    private static <T> T latestBefore(List<Change<T>> changes, UUID entryId) {
        return !changes.isEmpty() && changes.get(changes.size() - 1).entryId().equals(entryId)
                ? changes.get(changes.size() - 1).before()
                : null;
    }

    // --- state -------------------------------------------------------------------------------

    @EventSourcingHandler
    void on(CaseOpenedEvent event) {
        caseId = event.caseId();
        serviceNumber = event.serviceNumber();
        name = event.name();
        rank = event.rank();
        branch = event.branch();
        unit = event.unit();
        lossDate = event.lossDate();
        lossPlace = event.lossPlace();
        status = event.status();
        entries.put(event.entryId(), EntryKind.CASE_OPENED);
    }

    @EventSourcingHandler
    void on(CaptivityFactRecordedEvent event) {
        entries.put(event.entryId(), EntryKind.CAPTIVITY_FACT);
    }

    @EventSourcingHandler
    void on(SightingReportedEvent event) {
        entries.put(event.entryId(), EntryKind.SIGHTING);
        sightings.put(event.entryId(), null);
    }

    @EventSourcingHandler
    void on(SightingAssessedEvent event) {
        entries.put(event.entryId(), EntryKind.ASSESSMENT);
        sightings.put(event.sightingId(), event.assessment());
    }

    @EventSourcingHandler
    void on(StatusReclassifiedEvent event) {
        entries.put(event.entryId(), EntryKind.RECLASSIFICATION);
        statusChanges.add(new Change<>(event.entryId(), event.from()));
        status = event.to();
    }

    @EventSourcingHandler
    void on(CorrespondenceLoggedEvent event) {
        entries.put(event.entryId(), EntryKind.CORRESPONDENCE);
    }

    @EventSourcingHandler
    void on(LastSeenAliveDesignatedEvent event) {
        entries.put(event.entryId(), EntryKind.LAST_SEEN_ALIVE);
        designationChanges.add(new Change<>(event.entryId(), lastSeenAlive));
        lastSeenAlive = true;
    }

    @EventSourcingHandler
    void on(LastSeenAliveRemovedEvent event) {
        entries.put(event.entryId(), EntryKind.LAST_SEEN_ALIVE);
        designationChanges.add(new Change<>(event.entryId(), lastSeenAlive));
        lastSeenAlive = false;
    }

    @EventSourcingHandler
    void on(RemainsRecoveredEvent event) {
        entries.put(event.entryId(), EntryKind.REMAINS_RECOVERED);
        activeRecoveries.add(event.entryId());
    }

    @EventSourcingHandler
    void on(RemainsIdentifiedEvent event) {
        entries.put(event.entryId(), EntryKind.REMAINS_IDENTIFIED);
        activeIdentifications.add(event.entryId());
        statusChanges.add(new Change<>(event.entryId(), event.previousStatus()));
        status = CaseStatus.ACCOUNTED_FOR;
    }

    @EventSourcingHandler
    void on(NoteAddedEvent event) {
        entries.put(event.entryId(), EntryKind.NOTE);
    }

    @EventSourcingHandler
    void on(EntryRetractedEvent event) {
        entries.put(event.entryId(), EntryKind.RETRACTION);
        retracted.add(event.retractedEntryId());
        activeRecoveries.remove(event.retractedEntryId());
        activeIdentifications.remove(event.retractedEntryId());
        if (event.restoredStatus() != null) {
            statusChanges.remove(statusChanges.size() - 1);
            status = event.restoredStatus();
        }
        if (event.restoredLastSeenAlive() != null) {
            designationChanges.remove(designationChanges.size() - 1);
            lastSeenAlive = event.restoredLastSeenAlive();
        }
    }

    @EventSourcingHandler
    void on(FamilyMemberLinkedEvent event) {
        entries.put(event.entryId(), EntryKind.FAMILY_LINK);
        linkedFamily.add(event.username());
    }

    @EventSourcingHandler
    void on(FamilyMemberUnlinkedEvent event) {
        entries.put(event.entryId(), EntryKind.FAMILY_LINK);
        linkedFamily.remove(event.username());
    }

    @EventSourcingHandler
    void on(EntryCorrectedEvent event) {
        entries.put(event.entryId(), EntryKind.CORRECTION);
    }
}
