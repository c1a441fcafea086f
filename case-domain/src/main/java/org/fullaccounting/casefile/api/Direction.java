package org.fullaccounting.casefile.api;

/** Seen from the accounting office: received, sent, or between other parties and filed here. */
public enum Direction { INCOMING, OUTGOING, INTERNAL, THIRD_PARTY }
