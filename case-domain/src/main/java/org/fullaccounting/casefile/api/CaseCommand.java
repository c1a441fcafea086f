package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * Every command to a case, its opening included. Sealed, so the compiler knows the full list.
 * {@code entryId} is the entry the command creates (an opening's is the case id, as its event's);
 * {@code expectedVersion} is Axon's aggregate version the sender last saw (the last sequence
 * number, see {@link CaseVersion#lastSequence()}; null: no expectation), so a stale one is
 * rejected instead of overwriting. A case's command handlers answer with the {@link CaseVersion}
 * the case has after it.
 */
public sealed interface CaseCommand permits
        OpenCaseCommand,
        RecordCaptivityFactCommand,
        ReportSightingCommand,
        AssessSightingCommand,
        ReclassifyStatusCommand,
        MakePresumptiveFindingOfDeathCommand,
        DesignateNonRecoverableCommand,
        ReopenNonRecoverableCommand,
        LogCorrespondenceCommand,
        DesignateLastSeenAliveCommand,
        RemoveLastSeenAliveCommand,
        RecordRemainsRecoveredCommand,
        RecordRemainsIdentifiedCommand,
        RecordAccessionCandidacyCommand,
        RecordAccessionExclusionCommand,
        AddNoteCommand,
        RetractEntryCommand,
        CorrectEntryCommand,
        LinkFamilyMemberCommand,
        UnlinkFamilyMemberCommand,
        AddToListCommand,
        RemoveFromListCommand,
        ApplyFindingCommand {

    UUID caseId();

    UUID entryId();

    Long expectedVersion();

    /** The registered source the entry cites, if any; kinds that cannot cite have none. */
    default Citation citation() {
        return null;
    }
}
