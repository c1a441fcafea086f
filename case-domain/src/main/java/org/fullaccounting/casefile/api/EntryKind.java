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
    FAMILY_LINK
}
