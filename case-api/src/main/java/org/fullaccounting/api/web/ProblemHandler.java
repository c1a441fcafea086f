package org.fullaccounting.api.web;


import org.fullaccounting.api.application.refusals.Problems;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.casefile.CaseErrorCode;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.core.MethodParameter;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every refusal as application/problem+json, mapped here and nowhere else. Business rule
 * codes come from the domain's {@link CaseErrorCode}; their kind decides the status.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final Map<CaseErrorCode.Kind, HttpStatus> STATUS_OF_KIND = Map.of(
            CaseErrorCode.Kind.INVALID, HttpStatus.BAD_REQUEST,
            CaseErrorCode.Kind.NOT_FOUND, HttpStatus.NOT_FOUND,
            CaseErrorCode.Kind.CONFLICT, HttpStatus.CONFLICT);

    @ExceptionHandler(CaseRuleViolation.class)
    ResponseEntity<ProblemDetail> ruleViolated(CaseRuleViolation violation) {
        HttpStatus status = STATUS_OF_KIND.get(violation.code().kind());
        ProblemDetail problem = status == HttpStatus.BAD_REQUEST
                ? Problems.invalid(violation.code().name(), violation.getMessage(),
                        List.of(new Problems.FieldError(violation.field(), violation.getMessage())))
                : Problems.of(status, violation.code().name(), violation.getMessage());
        if (violation.field() != null && status != HttpStatus.BAD_REQUEST) {
            problem.setProperty("field", violation.field());
        }
        violation.facts().forEach(problem::setProperty);
        return respond(problem);
    }

    /** A case id the event store has never seen (a command to a case that does not exist). */
    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> unknownCase(RuntimeException unknown) {
        return refused(Refusal.unknownCase(null));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> badPathOrParameter(MethodArgumentTypeMismatchException mismatch) {
        boolean inPath = mismatch.getParameter().hasParameterAnnotation(PathVariable.class);
        if (inPath && "caseId".equals(mismatch.getName())) {
            // Not a case id at all: as unknown as any other.
            return unknownCase(mismatch);
        }
        if (inPath && "sightingId".equals(mismatch.getName())) {
            return respond(Problems.of(HttpStatus.NOT_FOUND, CaseErrorCode.UNKNOWN_SIGHTING.name(),
                    "no such sighting"));
        }
        String message = mismatch.getRequiredType() == HistoricalDate.class
                ? QueryParameters.HistoricalDates.MESSAGE
                : mismatch.getRequiredType() == java.time.LocalDate.class ? "must be a day as YYYY-MM-DD" : "is not valid";
        return refused(Refusal.invalidParameter(mismatch.getName(), message));
    }

    /** Only after every retry collided with another node's write to the same case. */
    @ExceptionHandler(ConcurrencyException.class)
    ResponseEntity<ProblemDetail> busy(ConcurrencyException collided) {
        return respond(Problems.of(HttpStatus.CONFLICT, "CONCURRENT_WRITE",
                "the case is being written by others right now; nothing was recorded, send it again"));
    }

    /** The application's refusals, all of them: the code decides the status, the facts the extra properties. */
    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal) {
        RefusalCode code = refusal.code();
        ProblemDetail problem = Problems.of(refusal);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(code.status());
        if (code.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(code.retryAfterSeconds()));
        }
        return response.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException denied) {
        return respond(Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", "your role may not do this"));
    }

    /**
     * The firewall checks header values and parameter names when they are first read, inside a
     * handler: a control character there is the client's mistake. So is a multipart body without
     * its boundary, or a body that is not multipart sent to the one operation that takes an upload.
     */
    @ExceptionHandler({RequestRejectedException.class, MultipartException.class})
    ResponseEntity<ProblemDetail> rejected(RuntimeException rejected) {
        return respond(Problems.invalid("MALFORMED_REQUEST", "the request has characters or a form that are "
                + "not allowed", List.of()));
    }

    /** Spring refuses a wildcard Content-Type with a bare IllegalArgumentException while reading the body. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ProblemDetail> illegalArgument(IllegalArgumentException failure,
                                                  jakarta.servlet.http.HttpServletRequest request) {
        if (!isConcreteMediaType(request.getContentType())) {
            return respond(Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE",
                    "Content-Type must be application/json"));
        }
        return unexpected(failure);
    }

    private static boolean isConcreteMediaType(String contentType) {
        if (contentType == null) {
            return true;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException malformed) {
            return false;
        }
    }

    /** An upload over spring.servlet.multipart's limit, found while Spring parsed it. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException tooLarge,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problemResponse(Problems.of(Refusal.payloadTooLarge("an upload", tooLarge.getMaxUploadSize())));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure) {
        if (NestedExceptionUtils.getMostSpecificCause(failure) instanceof Refusal refusal) {
            return refused(refusal); // e.g. a body read past its limit by something other than a converter
        }
        log.error("Unexpected failure", failure);
        return respond(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                "something went wrong on our side; nothing was recorded"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Problems.FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(e -> new Problems.FieldError(e.getField(), e.getDefaultMessage()))
                .collect(Collectors.toList());
        String fields = errors.stream().map(Problems.FieldError::field).distinct().collect(Collectors.joining(", "));
        return problemResponse(Problems.invalid("VALIDATION_FAILED", "invalid fields: " + fields, errors));
    }

    /** A query parameter outside its limits (QueryParameters), named as the API documents it. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException invalid,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<Problems.FieldError> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream().map(error -> new Problems.FieldError(
                        parameterName(result.getMethodParameter()), error.getDefaultMessage())))
                .toList();
        if (errors.isEmpty()) {
            return super.handleHandlerMethodValidationException(invalid, headers, status, request);
        }
        Problems.FieldError first = errors.get(0);
        return problemResponse(Problems.invalid("INVALID_PARAMETER", first.field() + " " + first.message(), errors));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException missing,
                                                                          HttpHeaders headers, HttpStatusCode status,
                                                                          WebRequest request) {
        return problemResponse(Problems.of(Refusal.invalidParameter(missing.getParameterName(), "is required")));
    }

    private static String parameterName(MethodParameter parameter) {
        RequestParam named = parameter.getParameterAnnotation(RequestParam.class);
        return named != null && !named.name().isEmpty() ? named.name() : parameter.getParameterName();
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException unreadable,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        Throwable cause = unreadable.getMostSpecificCause();
        if (cause instanceof Refusal refusal && refusal.code() == RefusalCode.PAYLOAD_TOO_LARGE) {
            // A body sent without Content-Length that went on past the limit (BodyLimits).
            return problemResponse(Problems.of(refusal));
        }
        if (cause instanceof Refusal refusal && unreadable.getCause() instanceof JsonMappingException mapping
                && refusal.code() == RefusalCode.INVALID_TEXT) {
            return problemResponse(Problems.of(Refusal.unstorableText(path(mapping))));
        }
        if (cause instanceof JsonMappingException && !((JsonMappingException) cause).getPath().isEmpty()) {
            JsonMappingException mapping = (JsonMappingException) cause;
            String field = path(mapping);
            String message = cause instanceof UnrecognizedPropertyException
                    ? "is not a known field"
                    : cause instanceof InvalidFormatException && ((InvalidFormatException) cause).getTargetType().isEnum()
                    ? "must be one of " + Arrays.toString(((InvalidFormatException) cause).getTargetType().getEnumConstants())
                    : "has the wrong type or format";
            return problemResponse(Problems.invalid("MALFORMED_FIELD", field + " " + message,
                    List.of(new Problems.FieldError(field, message))));
        }
        return problemResponse(Problems.invalid("MALFORMED_REQUEST", "the request body is not valid JSON", List.of()));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail) {
            ProblemDetail problem = (ProblemDetail) response.getBody();
            if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
                HttpStatus known = HttpStatus.resolve(statusCode.value());
                problem.setProperty("code", known != null ? known.name() : "HTTP_" + statusCode.value());
            }
            return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return response;
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Always problem+json: a refusal is written whatever the Accept header asked for (even a malformed one). */
    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static ResponseEntity<Object> problemResponse(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
