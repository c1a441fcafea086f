package org.fullaccounting.casefile.people.api;

/** The line of descent through which a donor shares the serviceman's DNA. */
public enum Line { MATERNAL, PATERNAL }
