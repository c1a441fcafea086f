package org.fullaccounting.casefile;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.fullaccounting.casefile.api.*;

import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CommandChecks.*;

/**
 * The case of one missing serviceman, from the day it is opened for ever after.
 *
 * <p>Lifecycle: a case is opened once per service number with an initial status. From then on it
 * only grows: captivity facts, sightings and their assessments, reclassifications, correspondence,
 * presumptive findings of death, the Last Seen Alive and non-recoverable designations, remains recovered
 * and identified (which accounts for the case), notes, the family accounts allowed to read it, the
 * named lists it joins and leaves (one of them may be the Last Seen Alive list, whose membership then
 * decides the designation), and findings made for many cases at once (one that changes status is a
 * reclassification by another name). Nothing is deleted or rewritten: a wrong entry
 * is retracted with a reason, or a later source is recorded beside it as a correction. A case never
 * closes; even an accounted-for case keeps taking correspondence and corrections.
 *
 * <p>Command handlers check the rules (the {@code require...} methods; those needing no state are
 * in {@link CommandChecks}), apply one event and answer with the case's {@link CaseVersion} after it.
 * The state is only what the rules read ({@link CaseState}); what readers see is {@link CaseSummary}.
 * Revision 2 dropped the fields no rule read: Axon's revision filter discards older snapshots.
 */
@Revision("2")
public class CaseFile {

    @AggregateIdentifier
    private UUID caseId;
    private CaseState state = new CaseState();

    protected CaseFile() { // for Axon
    }

    CaseState state() {
        return state;
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public CaseVersion handle(OpenCaseCommand command, ServiceNumberRegistry serviceNumbers) {
        requireComplete(command);
        requireUnclaimedServiceNumber(serviceNumbers, command.serviceNumber(), command.caseId());
        return record(new CaseOpenedEvent(command.caseId(), command.serviceNumber().trim(), command.name(),
                command.rank(), command.branch(), command.unit(), command.lossDate(), command.lossPlace(),
                command.circumstances(), command.status(), command.source(), command.importedFrom(),
                command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(RecordCaptivityFactCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        return record(new CaptivityFactRecordedEvent(caseId, command.entryId(), command.kind(), command.on(),
                command.place(), command.by(), command.camp(), command.destination(), command.source(),
                command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(ReportSightingCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        return record(new SightingReportedEvent(caseId, command.entryId(), command.observedOn(),
                command.reportedOn(), command.place(), command.sourceKind(), command.witness(),
                command.description(), command.source(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(AssessSightingCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireKnownSighting(command.sightingId());
        requireNotRetracted(command.sightingId(), "sightingId");
        Assessment previous = state.assessmentOf(command.sightingId());
        requireDifferentAssessment(previous, command.assessment());
        return record(new SightingAssessedEvent(caseId, command.entryId(), command.sightingId(),
                command.assessment(), previous, command.reason(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(ReclassifyStatusCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireDifferentStatus(command.to());
        return record(new StatusReclassifiedEvent(caseId, command.entryId(), state.status(), command.to(),
                command.effectiveOn(), command.authority(), command.reason(), command.source(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(MakePresumptiveFindingOfDeathCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireMissingStatus();
        return record(new PresumptiveFindingOfDeathMadeEvent(caseId, command.entryId(), state.status(),
                command.foundOn(), command.presumedDeathOn(), command.authority(), command.reason(),
                command.source(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(DesignateNonRecoverableCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireNotAccountedFor();
        requireNotNonRecoverable();
        return record(new NonRecoverableDesignatedEvent(caseId, command.entryId(), command.designatedOn(),
                command.authority(), command.reason(), command.source(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(ReopenNonRecoverableCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireNonRecoverable();
        requireReopenedNotBeforeDesignation(command.reopenedOn());
        return record(new NonRecoverableReopenedEvent(caseId, command.entryId(), command.reopenedOn(),
                command.reason(), command.source(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(LogCorrespondenceCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        return record(new CorrespondenceLoggedEvent(caseId, command.entryId(), command.date(), command.kind(),
                command.direction(), command.from(), command.to(), command.subject(), command.summary(),
                command.documentRef(), command.restricted(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(DesignateLastSeenAliveCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireNotLastSeenAlive();
        requireNotOnLastSeenAliveList();
        return record(new LastSeenAliveDesignatedEvent(caseId, command.entryId(), command.source(),
                command.reason(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(RemoveLastSeenAliveCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireNotOnLastSeenAliveList();
        requireLastSeenAlive();
        return record(new LastSeenAliveRemovedEvent(caseId, command.entryId(), command.source(), command.reason(),
                command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(RecordRemainsRecoveredCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        return record(new RemainsRecoveredEvent(caseId, command.entryId(), command.recoveredOn(), command.place(),
                command.operation(), command.source(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(RecordRemainsIdentifiedCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireNotAccountedFor();
        if (command.accession() == null) { // an accession is itself the remains' recovery
            requireRemainsRecovered();
        }
        return record(new RemainsIdentifiedEvent(caseId, command.entryId(), command.identifiedOn(),
                command.method(), state.status(), command.source(), command.accession(),
                command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(RecordAccessionCandidacyCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        return record(new AccessionCandidacyRecordedEvent(caseId, command.entryId(), command.accession(),
                command.receivedOn(), command.reason()));
    }

    @CommandHandler
    public CaseVersion handle(RecordAccessionExclusionCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        return record(new AccessionExclusionRecordedEvent(caseId, command.entryId(), command.accession(),
                command.reason()));
    }

    @CommandHandler
    public CaseVersion handle(AddNoteCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        return record(new NoteAddedEvent(caseId, command.entryId(), command.text(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(RetractEntryCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        UUID retracting = command.retractedEntryId();
        EntryKind kind = requireKnownEntry(retracting);
        requireNotRetracted(retracting, "entryId");
        requireRetractable(retracting, kind);
        return record(new EntryRetractedEvent(caseId, command.entryId(), retracting, kind, command.reason(),
                state.statusChanges().restoredIfRetracted(retracting),
                state.designationChanges().restoredIfRetracted(retracting)));
    }

    @CommandHandler
    public CaseVersion handle(CorrectEntryCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        EntryKind kind = requireKnownEntry(command.correctedEntryId());
        requireNotRetracted(command.correctedEntryId(), "entryId");
        return record(new EntryCorrectedEvent(caseId, command.entryId(), command.correctedEntryId(), kind,
                command.field(), command.value(), command.reason(), command.source(), command.citation()));
    }

    @CommandHandler
    public CaseVersion handle(LinkFamilyMemberCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireNotLinked(command.username());
        return record(new FamilyMemberLinkedEvent(caseId, command.entryId(), command.username(), command.reason()));
    }

    @CommandHandler
    public CaseVersion handle(UnlinkFamilyMemberCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireLinked(command.username());
        return record(new FamilyMemberUnlinkedEvent(caseId, command.entryId(), command.username(),
                command.reason()));
    }

    @CommandHandler
    public CaseVersion handle(AddToListCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireNotOnList(command.list());
        return record(new AddedToListEvent(caseId, command.entryId(), command.list(), command.source(),
                command.sourceId(), command.reason(), command.list().lastSeenAliveList() ? Boolean.TRUE : null));
    }

    @CommandHandler
    public CaseVersion handle(RemoveFromListCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        requireOnList(command.list());
        UUID listId = command.list().listId();
        Boolean designation = command.list().lastSeenAliveList()
                ? state.lastSeenAlive() || state.onLastSeenAliveList(listId) : null;
        return record(new RemovedFromListEvent(caseId, command.entryId(), command.list(), command.source(),
                command.sourceId(), command.reason(), designation));
    }

    @CommandHandler
    public CaseVersion handle(ApplyFindingCommand command) {
        requireNewEntry(command);
        requireComplete(command);
        CaseStatus to = command.finding().to();
        if (to != null) {
            requireDifferentStatus(to);
        }
        return record(new FindingAppliedEvent(caseId, command.entryId(), command.finding(),
                to == null ? null : state.status()));
    }

    /** Applies the command's one event and answers with the case's version after it. */
    private static CaseVersion record(CaseEvent event) {
        AggregateLifecycle.apply(event);
        return CaseVersion.ofAggregateVersion(AggregateLifecycle.getVersion());
    }

    private void requireNewEntry(CaseCommand command) {
        requirePresent(command.entryId(), "entryId");
        requireCompleteCitation(command.citation());
        if (state.kindOf(command.entryId()) != null) {
            throw new CaseRuleViolation(FIELD_INVALID, "entryId", "entry " + command.entryId() + " already exists");
        }
    }

    private void requireKnownSighting(UUID sightingId) {
        if (!state.hasSighting(sightingId)) {
            throw new CaseRuleViolation(UNKNOWN_SIGHTING, "sightingId", "case " + caseId + " has no sighting " + sightingId);
        }
    }

    private EntryKind requireKnownEntry(UUID entryId) {
        EntryKind kind = state.kindOf(entryId);
        if (kind == null) {
            throw new CaseRuleViolation(UNKNOWN_ENTRY, "entryId", "case " + caseId + " has no entry " + entryId);
        }
        return kind;
    }

    private void requireNotRetracted(UUID entryId, String field) {
        if (state.isRetracted(entryId)) {
            throw new CaseRuleViolation(ENTRY_RETRACTED, field, "entry " + entryId + " has been retracted");
        }
    }

    private void requireDifferentStatus(CaseStatus to) {
        if (state.status() == to) {
            throw new CaseRuleViolation(SAME_STATUS, "to", "the case already has status " + to);
        }
    }

    private void requireNotLastSeenAlive() {
        if (state.lastSeenAlive()) {
            throw new CaseRuleViolation(ALREADY_LAST_SEEN_ALIVE, null, "the case is already on the Last Seen Alive list");
        }
    }

    private void requireLastSeenAlive() {
        if (!state.lastSeenAlive()) {
            throw new CaseRuleViolation(NOT_LAST_SEEN_ALIVE, null, "the case is not on the Last Seen Alive list");
        }
    }

    /**
     * A finding of death ends a missing status (37 U.S.C. 556): it is made for a serviceman missing
     * in action or held as a prisoner, not for one already dead, returned or presumed dead.
     */
    private void requireMissingStatus() {
        CaseStatus status = state.status();
        if (status != CaseStatus.MISSING_IN_ACTION && status != CaseStatus.PRISONER_OF_WAR) {
            throw new CaseRuleViolation(NOT_IN_MISSING_STATUS, null, "a presumptive finding of death is made only "
                    + "for a serviceman missing in action or a prisoner of war; the case's status is " + status);
        }
    }

    private void requireNotNonRecoverable() {
        if (state.nonRecoverable()) {
            throw new CaseRuleViolation(ALREADY_NON_RECOVERABLE, null, "the case is already designated non-recoverable");
        }
    }

    private void requireNonRecoverable() {
        if (!state.nonRecoverable()) {
            throw new CaseRuleViolation(NOT_NON_RECOVERABLE, null,
                    "only a case designated non-recoverable can be reopened");
        }
    }

    private void requireReopenedNotBeforeDesignation(HistoricalDate reopenedOn) {
        HistoricalDate since = state.nonRecoverableSince();
        if (since != null && reopenedOn.certainlyBefore(since)) {
            throw new CaseRuleViolation(REOPENED_BEFORE_DESIGNATION, "reopenedOn",
                    "a reopening (" + reopenedOn + ") cannot come before the designation it reopens (" + since + ")");
        }
    }

    /**
     * While the case is on the list marked as the Last Seen Alive list, the list decides its
     * designation: the case's own designation is neither made, removed nor retracted beside it.
     */
    private void requireNotOnLastSeenAliveList() {
        if (state.onLastSeenAliveList(null)) {
            throw new CaseRuleViolation(ON_LAST_SEEN_ALIVE_LIST, null,
                    "the case is on the Last Seen Alive list; add or remove it there");
        }
    }

    private void requireNotOnList(ListEdition list) {
        if (state.isOnList(list.listId())) {
            throw new CaseRuleViolation(ALREADY_ON_LIST, "caseIds",
                    "case " + caseId + " is already on the list " + list.name());
        }
    }

    private void requireOnList(ListEdition list) {
        if (!state.isOnList(list.listId())) {
            throw new CaseRuleViolation(NOT_ON_LIST, "caseIds", "case " + caseId + " is not on the list " + list.name());
        }
    }

    private void requireNotLinked(String username) {
        if (state.isLinked(username)) {
            throw new CaseRuleViolation(ALREADY_LINKED, "username", username + " is already linked to this case");
        }
    }

    private void requireLinked(String username) {
        if (!state.isLinked(username)) {
            throw new CaseRuleViolation(NOT_LINKED, "username", username + " is not linked to this case");
        }
    }

    private void requireNotAccountedFor() {
        if (state.status() == CaseStatus.ACCOUNTED_FOR) {
            throw new CaseRuleViolation(ALREADY_ACCOUNTED_FOR, null, "the case is already accounted for");
        }
    }

    private void requireRemainsRecovered() {
        if (state.activeRecoveries() == 0) {
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
            case CASE_OPENED, RETRACTION -> throw notRetractable("a " + kind + " entry cannot be retracted");
            case FAMILY_LINK -> throw notRetractable("a family link is withdrawn by unlinking, not retracted");
            case ASSESSMENT -> throw notRetractable(
                    "an assessment is superseded by assessing the sighting again, not retracted");
            case ACCESSION_CANDIDACY, ACCESSION_EXCLUSION -> throw notRetractable(
                    "a remains accession's candidate is kept by the accession, not retracted on the case");
            case REMAINS_IDENTIFIED -> {
                if (state.identifiedInAccession(entryId)) {
                    throw notRetractable("an identification in a remains accession is kept by the accession");
                }
                requireLatest(state.statusChanges(), entryId, "status change");
            }
            case RECLASSIFICATION, PRESUMPTIVE_FINDING -> requireLatest(state.statusChanges(), entryId, "status change");
            case NON_RECOVERABLE -> throw notRetractable("a non-recoverable designation is withdrawn by reopening "
                    + "it, and a reopening by designating again, each with its reason; neither is retracted");
            case LAST_SEEN_ALIVE -> {
                requireNotOnLastSeenAliveList();
                requireLatest(state.designationChanges(), entryId, "Last Seen Alive change");
            }
            case LIST_MEMBERSHIP -> throw notRetractable("a list membership ends by removal from the list, not retraction");
            case FINDING -> {
                if (state.statusChanges().contains(entryId)) {
                    requireLatest(state.statusChanges(), entryId, "status change");
                }
            }
            case REMAINS_RECOVERED -> {
                if (state.hasActiveIdentification() && state.activeRecoveries() == 1) {
                    throw notRetractable("retract the identification of these remains first");
                }
            }
            default -> { }
        }
    }

    private static void requireLatest(Changes<?> changes, UUID entryId, String what) {
        if (!changes.isLatest(entryId)) {
            throw notRetractable("only the latest " + what + " can be retracted; retract the later ones first");
        }
    }

    private static CaseRuleViolation notRetractable(String message) {
        return new CaseRuleViolation(NOT_RETRACTABLE, "entryId", message);
    }

    @EventSourcingHandler
    void on(CaseEvent event) {
        caseId = event.caseId(); // the same on every event of the case
        state.apply(event);
    }
}
