package org.fullaccounting.api.application.refusals;

import org.springframework.http.HttpStatus;

/**
 * Every refusal the application makes (besides the domain's own CaseErrorCode), with the HTTP
 * status the API answers it with. Clients switch on the name, which is the problem's {@code code}.
 */
public enum RefusalCode {
    UNKNOWN_CASE(HttpStatus.NOT_FOUND, 0),
    /** No such source in the register, or none this caller may know of: the two answer identically. */
    UNKNOWN_SOURCE(HttpStatus.NOT_FOUND, 0),
    /** No such sighting report. */
    UNKNOWN_REPORT(HttpStatus.NOT_FOUND, 0),
    /** No such remains accession, loss incident or camp. */
    UNKNOWN_ACCESSION(HttpStatus.NOT_FOUND, 0),
    UNKNOWN_INCIDENT(HttpStatus.NOT_FOUND, 0),
    UNKNOWN_CAMP(HttpStatus.NOT_FOUND, 0),
    STALE_VERSION(HttpStatus.PRECONDITION_FAILED, 0),
    INVALID_HEADER(HttpStatus.BAD_REQUEST, 0),
    INVALID_PARAMETER(HttpStatus.BAD_REQUEST, 0),
    INVALID_TEXT(HttpStatus.BAD_REQUEST, 0),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_ENTITY, 0),
    ACCOUNT_EXISTS(HttpStatus.CONFLICT, 0),
    UNKNOWN_REPLAY(HttpStatus.NOT_FOUND, 0),
    UNKNOWN_PROJECTION(HttpStatus.NOT_FOUND, 0),
    PAYLOAD_TOO_LARGE(HttpStatus.PAYLOAD_TOO_LARGE, 0),
    /** A casualty list refused as a whole before any row is read: unknown, missing or repeated column, no header. */
    INVALID_FILE(HttpStatus.BAD_REQUEST, 0),
    UNKNOWN_IMPORT(HttpStatus.NOT_FOUND, 0),
    /** An auditor's archive that cannot be read: not NDJSON, or without its manifest line. */
    INVALID_ARCHIVE(HttpStatus.BAD_REQUEST, 0),
    UNKNOWN_ARCHIVE(HttpStatus.NOT_FOUND, 0),
    /** A restore asked of an installation that already holds events (or is restoring). */
    INSTALLATION_NOT_EMPTY(HttpStatus.CONFLICT, 0),
    UNKNOWN_RESTORE(HttpStatus.NOT_FOUND, 0),
    /** An attachment whose bytes are none of the accepted types (PDF, JPEG, PNG, TIFF, plain text). */
    UNSUPPORTED_FILE_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 0),
    /** No such attachment of a source the caller may read. */
    UNKNOWN_ATTACHMENT(HttpStatus.NOT_FOUND, 0),
    /** A family account not (yet) linked to a person record on the case: it has no contact details of its own. */
    NO_PERSON_RECORD(HttpStatus.NOT_FOUND, 0),
    /** No such named list, or none this caller may know of (a family: none of its cases is on it). */
    UNKNOWN_LIST(HttpStatus.NOT_FOUND, 0),
    /** A second list marked as the Last Seen Alive list: one list decides the designation. */
    LAST_SEEN_ALIVE_LIST_EXISTS(HttpStatus.CONFLICT, 0),
    /** No such finding, or none this caller may know of (a family: applied to none of its cases). */
    UNKNOWN_FINDING(HttpStatus.NOT_FOUND, 0),
    /** PostgreSQL cannot be reached (refused, lost mid-request, pool timeout); see DatabaseOutage. */
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, 5);

    private final HttpStatus status;
    private final int retryAfterSeconds;

    RefusalCode(HttpStatus status, int retryAfterSeconds) {
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Seconds for a Retry-After header; 0: none, asking again will not help. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public HttpStatus status() {
        return status;
    }
}
