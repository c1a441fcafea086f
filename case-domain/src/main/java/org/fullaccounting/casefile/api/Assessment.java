package org.fullaccounting.casefile.api;

/** The analysts' conclusion about one sighting report. */
public enum Assessment { CORRELATED, NOT_CORRELATED, UNRESOLVED, FABRICATED }
