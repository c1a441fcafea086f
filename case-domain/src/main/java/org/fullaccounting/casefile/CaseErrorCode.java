package org.fullaccounting.casefile;

/**
 * The business reasons a command is refused. Each says what kind of refusal it is; the API maps
 * the kind to an HTTP status once, so no handler decides status codes.
 */
public enum CaseErrorCode {
    FIELD_REQUIRED(Kind.INVALID),
    FIELD_INVALID(Kind.INVALID),
    REPORTED_BEFORE_OBSERVED(Kind.INVALID),
    UNKNOWN_ENTRY(Kind.INVALID),
    UNKNOWN_SIGHTING(Kind.NOT_FOUND),
    DUPLICATE_SERVICE_NUMBER(Kind.CONFLICT),
    SAME_STATUS(Kind.CONFLICT),
    SAME_ASSESSMENT(Kind.CONFLICT),
    SAME_DESCRIPTION(Kind.CONFLICT),
    ENTRY_RETRACTED(Kind.CONFLICT),
    NOT_RETRACTABLE(Kind.CONFLICT),
    ALREADY_LAST_SEEN_ALIVE(Kind.CONFLICT),
    NOT_LAST_SEEN_ALIVE(Kind.CONFLICT),
    NO_REMAINS_RECOVERED(Kind.CONFLICT),
    ALREADY_ACCOUNTED_FOR(Kind.CONFLICT),
    ALREADY_LINKED(Kind.CONFLICT),
    NOT_LINKED(Kind.CONFLICT);

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;

    CaseErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
