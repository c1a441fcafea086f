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
        CorrespondenceLoggedEvent,
        LastSeenAliveDesignatedEvent,
        LastSeenAliveRemovedEvent,
        RemainsRecoveredEvent,
        RemainsIdentifiedEvent,
        NoteAddedEvent,
        EntryRetractedEvent,
        EntryCorrectedEvent,
        FamilyMemberLinkedEvent,
        FamilyMemberUnlinkedEvent {

    UUID caseId();

    /** The id of the entry this event creates; a case's opening uses the case id. */
    UUID entryId();
}
