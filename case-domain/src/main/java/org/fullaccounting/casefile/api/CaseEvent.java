package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * Every event of a case. Sealed, so the compiler and the format-pinning test know the full list.
 * Each event carries what a reader needs to render it, never the whole case.
 */
public sealed interface CaseEvent permits
        CaseOpenedEvent,
        CaptivityFactRecordedEvent,
        SightingReportedEvent,
        SightingAssessedEvent,
        StatusReclassifiedEvent,
        PresumptiveFindingOfDeathMadeEvent,
        NonRecoverableDesignatedEvent,
        NonRecoverableReopenedEvent,
        CorrespondenceLoggedEvent,
        LastSeenAliveDesignatedEvent,
        LastSeenAliveRemovedEvent,
        RemainsRecoveredEvent,
        RemainsIdentifiedEvent,
        AccessionCandidacyRecordedEvent,
        AccessionExclusionRecordedEvent,
        NoteAddedEvent,
        EntryRetractedEvent,
        EntryCorrectedEvent,
        FamilyMemberLinkedEvent,
        FamilyMemberUnlinkedEvent,
        AddedToListEvent,
        RemovedFromListEvent,
        FindingAppliedEvent {

    UUID caseId();

    /** The id of the entry this event creates; a case's opening uses the case id. */
    UUID entryId();

    /** The registered source the entry cites, if any; kinds that cannot cite have none. */
    default Citation citation() {
        return null;
    }
}
