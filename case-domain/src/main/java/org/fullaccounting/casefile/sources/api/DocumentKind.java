package org.fullaccounting.casefile.sources.api;

/** What kind of document a registered source is (not who reported a sighting: that is SourceKind). */
public enum DocumentKind {
    MEMORANDUM, LETTER, TELEGRAM, COURT_ORDER, RESOLUTION, HEARING, TESTIMONY, REPORT, PETITION, PRESS, DEBRIEF, OTHER
}
