package org.fullaccounting.casefile.api;

/** What an entry of a case is, so a retraction or correction can say what it touched. */
public enum EntryKind {
    CASE_OPENED,
    CAPTIVITY_FACT,
    SIGHTING,
    ASSESSMENT,
    RECLASSIFICATION,
    CORRESPONDENCE,
    LAST_SEEN_ALIVE,
    REMAINS_RECOVERED,
    REMAINS_IDENTIFIED,
    NOTE,
    CORRECTION,
    RETRACTION,
    FAMILY_LINK;

    /** The kind of entry an event creates. */
    public static EntryKind of(CaseEvent event) {
        if (event instanceof CaseOpenedEvent) {
            return CASE_OPENED;
        } else if (event instanceof CaptivityFactRecordedEvent) {
            return CAPTIVITY_FACT;
        } else if (event instanceof SightingReportedEvent) {
            return SIGHTING;
        } else if (event instanceof SightingAssessedEvent) {
            return ASSESSMENT;
        } else if (event instanceof StatusReclassifiedEvent) {
            return RECLASSIFICATION;
        } else if (event instanceof CorrespondenceLoggedEvent) {
            return CORRESPONDENCE;
        } else if (event instanceof LastSeenAliveDesignatedEvent || event instanceof LastSeenAliveRemovedEvent) {
            return LAST_SEEN_ALIVE;
        } else if (event instanceof RemainsRecoveredEvent) {
            return REMAINS_RECOVERED;
        } else if (event instanceof RemainsIdentifiedEvent) {
            return REMAINS_IDENTIFIED;
        } else if (event instanceof NoteAddedEvent) {
            return NOTE;
        } else if (event instanceof EntryCorrectedEvent) {
            return CORRECTION;
        } else if (event instanceof EntryRetractedEvent) {
            return RETRACTION;
        } else if (event instanceof FamilyMemberLinkedEvent || event instanceof FamilyMemberUnlinkedEvent) {
            return FAMILY_LINK;
        }
        throw new IllegalArgumentException("no entry kind for " + event.getClass().getSimpleName());
    }
}
