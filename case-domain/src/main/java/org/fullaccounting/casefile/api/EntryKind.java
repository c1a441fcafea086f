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
    /** Considered among the candidates of a remains accession. */
    ACCESSION_CANDIDACY,
    /** Ruled out of a remains accession. */
    ACCESSION_EXCLUSION,
    NOTE,
    CORRECTION,
    RETRACTION,
    FAMILY_LINK,
    PRESUMPTIVE_FINDING,
    NON_RECOVERABLE,
    /**
     * A sighting report of unnamed people correlated with the case. Not made by any case event: the
     * report is an aggregate of its own, shown in the history of each case it is correlated with.
     */
    SIGHTING_REPORT,
    LIST_MEMBERSHIP,
    FINDING,
    /**
     * Not an event of the case: a document of the source register linked to it (with many others,
     * perhaps), shown in its history from the register. No command creates or retracts one.
     */
    SOURCE_LINK;

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
        } else if (event instanceof PresumptiveFindingOfDeathMadeEvent) {
            return PRESUMPTIVE_FINDING;
        } else if (event instanceof NonRecoverableDesignatedEvent || event instanceof NonRecoverableReopenedEvent) {
            return NON_RECOVERABLE;
        } else if (event instanceof CorrespondenceLoggedEvent) {
            return CORRESPONDENCE;
        } else if (event instanceof LastSeenAliveDesignatedEvent || event instanceof LastSeenAliveRemovedEvent) {
            return LAST_SEEN_ALIVE;
        } else if (event instanceof RemainsRecoveredEvent) {
            return REMAINS_RECOVERED;
        } else if (event instanceof RemainsIdentifiedEvent) {
            return REMAINS_IDENTIFIED;
        } else if (event instanceof AccessionCandidacyRecordedEvent) {
            return ACCESSION_CANDIDACY;
        } else if (event instanceof AccessionExclusionRecordedEvent) {
            return ACCESSION_EXCLUSION;
        } else if (event instanceof NoteAddedEvent) {
            return NOTE;
        } else if (event instanceof EntryCorrectedEvent) {
            return CORRECTION;
        } else if (event instanceof EntryRetractedEvent) {
            return RETRACTION;
        } else if (event instanceof FamilyMemberLinkedEvent || event instanceof FamilyMemberUnlinkedEvent) {
            return FAMILY_LINK;
        } else if (event instanceof AddedToListEvent || event instanceof RemovedFromListEvent) {
            return LIST_MEMBERSHIP;
        } else if (event instanceof FindingAppliedEvent) {
            return FINDING;
        }
        throw new IllegalArgumentException("no entry kind for " + event.getClass().getSimpleName());
    }
}
