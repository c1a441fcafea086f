package org.fullaccounting.api.application.refusals;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * RFC 9457 problem details with a stable business {@code code} (and, for invalid input, the
 * offending {@code errors}: one entry per field). Clients switch on {@code code}, not on text.
 */
public final class Problems {

    private Problems() {
    }

    /** One invalid field: its JSON path (or header name) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:full-accounting:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setProperty("code", code);
        return problem;
    }

    /** The problem body of an application refusal: for input, the field it names in {@code errors}. */
    public static ProblemDetail of(Refusal refusal) {
        RefusalCode code = refusal.code();
        ProblemDetail problem = code.status() == HttpStatus.BAD_REQUEST && refusal.field() != null
                ? invalid(code.name(), refusal.getMessage(), List.of(new FieldError(refusal.field(), refusal.getMessage())))
                : of(code.status(), code.name(), refusal.getMessage());
        refusal.facts().forEach(problem::setProperty);
        return problem;
    }

    public static ProblemDetail invalid(String code, String detail, List<FieldError> errors) {
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, code, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
