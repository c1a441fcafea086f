package org.fullaccounting.api.infrastructure.openapi;

import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.casefile.CaseErrorCode;
import org.springframework.http.HttpStatus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every problem {@code code} the API answers with, and its status: read from {@link RefusalCode} and
 * the domain's {@link CaseErrorCode}, so a new code appears in the description without touching it,
 * plus the few the HTTP and security layers give before the application is reached.
 */
final class ProblemCodes {

    /** Codes made outside the two enums (ProblemHandler, SecurityConfig, the guards). */
    private static final Map<String, HttpStatus> OUTSIDE_THE_ENUMS = ordered(
            "VALIDATION_FAILED", HttpStatus.BAD_REQUEST,
            "MALFORMED_FIELD", HttpStatus.BAD_REQUEST,
            "MALFORMED_REQUEST", HttpStatus.BAD_REQUEST,
            "UNAUTHENTICATED", HttpStatus.UNAUTHORIZED,
            "FORBIDDEN", HttpStatus.FORBIDDEN,
            "CROSS_ORIGIN_REFUSED", HttpStatus.FORBIDDEN,
            "NOT_ACCEPTABLE", HttpStatus.NOT_ACCEPTABLE,
            "CONCURRENT_WRITE", HttpStatus.CONFLICT,
            "UNSUPPORTED_MEDIA_TYPE", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "TOO_MANY_FAILED_SIGN_INS", HttpStatus.TOO_MANY_REQUESTS,
            "INTERNAL_ERROR", HttpStatus.INTERNAL_SERVER_ERROR);

    /**
     * The RefusalCodes only some operations give (OperationResponses says which). Every other
     * RefusalCode, such as one added later, is documented on every operation.
     */
    static final Set<RefusalCode> OF_SOME_OPERATIONS = Set.of(RefusalCode.UNKNOWN_CASE,
            RefusalCode.STALE_VERSION, RefusalCode.INVALID_PARAMETER, RefusalCode.IDEMPOTENCY_KEY_REUSED,
            RefusalCode.ACCOUNT_EXISTS, RefusalCode.UNKNOWN_REPLAY, RefusalCode.UNKNOWN_PROJECTION,
            RefusalCode.PAYLOAD_TOO_LARGE, RefusalCode.INVALID_ARCHIVE,
            RefusalCode.UNKNOWN_ARCHIVE, RefusalCode.INSTALLATION_NOT_EMPTY, RefusalCode.UNKNOWN_RESTORE,
            RefusalCode.NO_PERSON_RECORD);

    private ProblemCodes() {
    }

    /** Code -> status, all of them. */
    static Map<String, HttpStatus> all() {
        Map<String, HttpStatus> all = new LinkedHashMap<>(OUTSIDE_THE_ENUMS);
        for (RefusalCode code : RefusalCode.values()) {
            all.put(code.name(), code.status());
        }
        for (CaseErrorCode code : CaseErrorCode.values()) {
            all.put(code.name(), statusOf(code));
        }
        return all;
    }

    static HttpStatus status(String code) {
        HttpStatus status = all().get(code);
        if (status == null) {
            throw new IllegalArgumentException("not a problem code: " + code);
        }
        return status;
    }

    static HttpStatus statusOf(CaseErrorCode code) {
        return switch (code.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
    }

    /** Whether an answer with this code says when to ask again. */
    static boolean retryAfter(String code) {
        return "TOO_MANY_FAILED_SIGN_INS".equals(code) || Arrays.stream(RefusalCode.values())
                .anyMatch(c -> c.name().equals(code) && c.retryAfterSeconds() > 0);
    }

    /** What every operation may answer, whatever it does. */
    static Set<String> ofEveryOperation() {
        Set<String> codes = new TreeSet<>(Set.of("MALFORMED_REQUEST", "INVALID_HEADER", "INVALID_TEXT",
                "UNAUTHENTICATED", "FORBIDDEN", "NOT_ACCEPTABLE", "TOO_MANY_FAILED_SIGN_INS", "INTERNAL_ERROR"));
        for (RefusalCode code : RefusalCode.values()) {
            if (!OF_SOME_OPERATIONS.contains(code) && code.status() != HttpStatus.BAD_REQUEST) {
                codes.add(code.name());
            }
        }
        return codes;
    }

    private static Map<String, HttpStatus> ordered(Object... pairs) {
        Map<String, HttpStatus> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (HttpStatus) pairs[i + 1]);
        }
        return map;
    }
}
