package org.fullaccounting.api.infrastructure.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fullaccounting.api.application.refusals.Problems;
import org.fullaccounting.api.application.refusals.Refusal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Every request body has a documented ceiling, enforced before anything parses it: {@code
 * fa.limits.body} (1 MiB) for JSON and the pages' form posts, Spring's multipart
 * {@code max-request-size} for uploads (set to {@code fa.limits.import}), and {@code fa.limits.import}
 * (256 MiB) for a casualty list posted to {@value #IMPORTS} (streamed to a temporary file, never
 * held in memory). Over it the answer is 413 {@code PAYLOAD_TOO_LARGE} naming
 * the limit, and nothing is read, signed in or recorded.
 * <ul>
 * <li>A declared Content-Length over the limit is refused here, first of all filters.</li>
 * <li>A body without one (chunked) is read through {@link LimitedBody}: reading past the limit
 *     fails with that refusal, which the API maps to 413 instead of the JSON parser's 400.</li>
 * <li>A chunked form or multipart body is parsed by Tomcat itself, not through that stream: Tomcat
 *     stops at the same limit ({@code server.tomcat.max-http-form-post-size}, the multipart sizes)
 *     and marks the request, and the mark is answered here with the same 413.</li>
 * </ul>
 * An auditor's archive (checked, or restored into an empty installation) is read as a stream, line
 * by line, and may be as large as the history: {@code fa.limits.archive} (1 TB) on those two paths.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class BodyLimits extends OncePerRequestFilter {

    /** Where Tomcat notes why it could not parse a request's parameters (its Globals). */
    static final String TOMCAT_PARSE_FAILURE = "org.apache.catalina.parameter_parse_failed_reason";

    private final ObjectMapper json;
    private final long bodyLimit;
    private final long uploadLimit;
    private final long importLimit;
    private final long archiveLimit;

    static final String IMPORTS = "/api/imports";
    static final String IMPORT_PAGE = "/imports";

    /** Where an archive is the body (AuditController, RestoreController). */
    static final java.util.Set<String> ARCHIVE_PATHS = java.util.Set.of("/api/audit/export/check", "/api/admin/restore");

    BodyLimits(ObjectMapper json, @Value("${fa.limits.body:1MB}") DataSize body,
               @Value("${fa.limits.attachment:20MB}") DataSize upload,
               @Value("${fa.limits.import:256MB}") DataSize casualtyList,
               @Value("${fa.limits.archive:1TB}") DataSize archive) {
        this.json = json;
        this.bodyLimit = body.toBytes();
        this.uploadLimit = upload.toBytes();
        this.importLimit = casualtyList.toBytes();
        this.archiveLimit = archive.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean upload = is(request, MediaType.MULTIPART_FORM_DATA);
        // A casualty list, by the API or as the import page's upload; any other upload is a source's file.
        boolean casualtyList = IMPORTS.equals(request.getRequestURI()) || (upload && IMPORT_PAGE.equals(request.getRequestURI()));
        boolean archive = !upload && ARCHIVE_PATHS.contains(request.getRequestURI());
        long limit = casualtyList ? importLimit : upload ? uploadLimit : archive ? archiveLimit : bodyLimit;
        // Made only when needed: a refusal is an exception, and filling in its stack on every request showed in profiles.
        Supplier<Refusal> tooLarge = () -> Refusal.payloadTooLarge(casualtyList ? "a casualty list" : upload
                ? "an upload" : archive ? "an archive" : "a request body", limit);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, tooLarge.get());
            return;
        }
        if (declared >= 0) {
            // Tomcat never hands the application more than the declared length.
            chain.doFilter(request, response);
            return;
        }
        if ((upload || is(request, MediaType.APPLICATION_FORM_URLENCODED)) && parsedTooLarge(request)) {
            refuse(response, tooLarge.get());
            return;
        }
        chain.doFilter(new LimitedBody(request, limit, tooLarge), response);
    }

    /** Has Tomcat given up parsing the (chunked) form because it went over its limit? */
    private static boolean parsedTooLarge(HttpServletRequest request) {
        try {
            request.getParameterNames();
        } catch (IllegalStateException overLimit) {
            return true;
        }
        Object reason = request.getAttribute(TOMCAT_PARSE_FAILURE);
        return reason != null && "POST_TOO_LARGE".equals(reason.toString());
    }

    private static boolean is(HttpServletRequest request, MediaType type) {
        String contentType = request.getContentType();
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(type.toString());
    }

    private void refuse(HttpServletResponse response, Refusal tooLarge) throws IOException {
        response.setStatus(tooLarge.code().status().value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.of(tooLarge));
    }
}
