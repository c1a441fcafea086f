package org.fullaccounting.casefile.api;

/** Captured near a place by a force; interned in a camp; transferred elsewhere. */
public enum CaptivityFactKind { CAPTURED, INTERNED, TRANSFERRED }
