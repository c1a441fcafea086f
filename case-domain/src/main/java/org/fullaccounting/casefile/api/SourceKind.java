package org.fullaccounting.casefile.api;

/** Who reported a sighting. Returnee debriefs and intelligence reports are the usual ones. */
public enum SourceKind { RETURNEE_DEBRIEF, DEFECTOR, FOREIGN_NATIONAL, INTELLIGENCE_REPORT, FAMILY, PRESS, OTHER }
