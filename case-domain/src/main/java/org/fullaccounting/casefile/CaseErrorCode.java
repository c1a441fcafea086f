package org.fullaccounting.casefile;

/**
 * The business reasons a command is refused. Each says what kind of refusal it is; the API maps
 * the kind to an HTTP status once, so no handler decides status codes.
 */
public enum CaseErrorCode {
    FIELD_REQUIRED(Kind.INVALID),
    FIELD_INVALID(Kind.INVALID),
    REPORTED_BEFORE_OBSERVED(Kind.INVALID),
    PRESUMED_DEATH_AFTER_FINDING(Kind.INVALID),
    REOPENED_BEFORE_DESIGNATION(Kind.INVALID),
    UNKNOWN_ENTRY(Kind.INVALID),
    UNKNOWN_SIGHTING(Kind.NOT_FOUND),
    /** A sighting report was never correlated with the case named. */
    UNKNOWN_CORRELATION(Kind.NOT_FOUND),
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
    NOT_LINKED(Kind.CONFLICT),
    /** A sighting report is correlated with a case once; its later assessments say how that stands. */
    ALREADY_CORRELATED(Kind.CONFLICT),
    NOT_IN_MISSING_STATUS(Kind.CONFLICT),
    ALREADY_NON_RECOVERABLE(Kind.CONFLICT),
    NOT_NON_RECOVERABLE(Kind.CONFLICT),
    /** People and reference samples (CasePeople). */
    UNKNOWN_PERSON(Kind.NOT_FOUND),
    UNKNOWN_SAMPLE(Kind.NOT_FOUND),
    DIED_BEFORE_BORN(Kind.INVALID),
    DATE_OUT_OF_ORDER(Kind.INVALID),
    DONOR_NOT_ON_CASE(Kind.INVALID),
    WRONG_LINE(Kind.INVALID),
    PERSON_DECEASED(Kind.CONFLICT),
    ALREADY_PRIMARY(Kind.CONFLICT),
    SAMPLE_OUT_OF_ORDER(Kind.CONFLICT),
    ALREADY_ON_LIST(Kind.CONFLICT),
    NOT_ON_LIST(Kind.CONFLICT),
    ON_LAST_SEEN_ALIVE_LIST(Kind.CONFLICT),
    /** The case is already among the accession's candidates. */
    ALREADY_CANDIDATE(Kind.CONFLICT),
    /** Only a candidate of the accession can be excluded or identified. */
    NOT_A_CANDIDATE(Kind.CONFLICT),
    /** The candidate was ruled out of the accession; it can be neither identified nor excluded again. */
    CANDIDATE_EXCLUDED(Kind.CONFLICT),
    /** The candidate was identified in the accession; it can be neither excluded nor identified again. */
    ALREADY_IDENTIFIED(Kind.CONFLICT);

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;

    CaseErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
