package org.fullaccounting.api.application.refusals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The one way the application says no: a {@link RefusalCode}, a sentence, the field (parameter
 * or header) it concerns when there is one, and facts a client may act on (currentVersion,
 * existingCaseId ...). The API maps it to a problem body, the pages to a message beside the field;
 * both in one place each (ProblemHandler, WebErrors / the forms).
 */
public class Refusal extends RuntimeException {

    public static final String UNSTORABLE = "contains a character that cannot be stored (U+0000 or an unpaired "
            + "UTF-16 surrogate)";

    private final RefusalCode code;
    private final String field;
    private final Map<String, Object> facts;

    private Refusal(RefusalCode code, String field, String message, Map<String, Object> facts, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.field = field;
        this.facts = Map.copyOf(facts);
    }

    public static Refusal of(RefusalCode code, String message) {
        return new Refusal(code, null, message, Map.of(), null);
    }

    /** Input refused, naming the parameter, header or field: "size must be between 1 and 200". */
    public static Refusal invalid(RefusalCode code, String field, String problem) {
        return new Refusal(code, field, field + " " + problem, Map.of(), null);
    }

    public static Refusal invalidParameter(String parameter, String problem) {
        return invalid(RefusalCode.INVALID_PARAMETER, parameter, problem);
    }

    /** Text PostgreSQL cannot store, in a parameter, header, form field or JSON field. */
    public static Refusal unstorableText(String field) {
        return invalid(RefusalCode.INVALID_TEXT, field, UNSTORABLE);
    }

    public static Refusal invalidHeader(String header, String problem) {
        return invalid(RefusalCode.INVALID_HEADER, header, problem);
    }

    /** No such case, or none this caller may know of: the two answer identically. */
    public static Refusal unknownCase(UUID caseId) {
        return new Refusal(RefusalCode.UNKNOWN_CASE, null, "no such case", Map.of(), null);
    }

    /** A casualty list refused as a whole, naming the column at fault (nothing was recorded). */
    public static Refusal invalidFile(String column, String problem) {
        return new Refusal(RefusalCode.INVALID_FILE, column, problem + "; nothing was imported", Map.of(), null);
    }

    public static Refusal unknownImport() {
        return new Refusal(RefusalCode.UNKNOWN_IMPORT, null, "no such import", Map.of(), null);
    }

    /** No such sighting report. */
    public static Refusal unknownReport() {
        return new Refusal(RefusalCode.UNKNOWN_REPORT, null, "no such sighting report", Map.of(), null);
    }

    /** No such source, or none this caller may know of (a family: restricted, or linked to none of its cases). */
    public static Refusal unknownSource() {
        return new Refusal(RefusalCode.UNKNOWN_SOURCE, null, "no such source", Map.of(), null);
    }

    /** No such list, or none this caller may know of. */
    public static Refusal unknownList() {
        return new Refusal(RefusalCode.UNKNOWN_LIST, null, "no such list", Map.of(), null);
    }

    /** No such finding, or none this caller may know of. */
    public static Refusal unknownFinding() {
        return new Refusal(RefusalCode.UNKNOWN_FINDING, null, "no such finding", Map.of(), null);
    }

    public static Refusal unknown(RefusalCode code, String what) {
        return new Refusal(code, null, "no such " + what, Map.of(), null);
    }

    /** If-Match named a version that is no longer (or never was) current; {@code current} null when unknown. */
    public static Refusal staleVersion(String why, Long current) {
        Map<String, Object> facts = new LinkedHashMap<>();
        if (current != null) {
            facts.put("currentVersion", current);
        }
        return new Refusal(RefusalCode.STALE_VERSION, null, why + "; read the case again and resend", facts, null);
    }

    /** PostgreSQL could not be reached: whatever was asked may or may not have been recorded. */
    public static Refusal databaseUnavailable(Throwable cause) {
        return new Refusal(RefusalCode.DATABASE_UNAVAILABLE, null, "the database cannot be reached just now; "
                + "try again in a few seconds (with the same Idempotency-Key a write cannot be recorded twice)",
                Map.of(), cause);
    }

    /** A request body over its documented limit, refused before it is parsed; names the limit. */
    public static Refusal payloadTooLarge(String what, long limitBytes) {
        return new Refusal(RefusalCode.PAYLOAD_TOO_LARGE, null, what + " may be at most " + limitBytes
                + " bytes; nothing was recorded", Map.of("limitBytes", limitBytes), null);
    }

    public static Refusal because(RefusalCode code, String message, Throwable cause) {
        return new Refusal(code, null, message, Map.of(), cause);
    }

    /** {@code value} within [min, max], or the default when absent. */
    public static int within(String parameter, Integer value, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw invalidParameter(parameter, "must be between " + min + " and " + max);
        }
        return value;
    }

    public RefusalCode code() {
        return code;
    }

    /** The parameter, header or form field refused, or null. */
    public String field() {
        return field;
    }

    /** What a client may act on; the problem body carries each as a property. */
    public Map<String, Object> facts() {
        return facts;
    }
}
