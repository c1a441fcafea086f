package org.fullaccounting.api.infrastructure.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fullaccounting.api.application.refusals.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The API takes HTTP Basic, which browsers cache and then send with any request to this origin,
 * including one a page on another site makes them send (a form, or a fetch that needs no CORS
 * preflight). CSRF tokens do not fit a stateless API, so a write is refused when it shows the
 * marks of such a request:
 * <ul>
 * <li>{@code Sec-Fetch-Site} says {@code cross-site} or {@code same-site} (another origin), or an
 *     {@code Origin} header names an origin other than this one: 403 {@code CROSS_ORIGIN_REFUSED};</li>
 * <li>its body is of a type a plain HTML form or a preflight-free fetch can send (form fields,
 *     multipart, plain text): 415 {@code UNSUPPORTED_MEDIA_TYPE}. Every API write takes JSON or
 *     no body at all, except a file upload ({@code POST /api/sources/{id}/attachments}): it is
 *     multipart, and taken only with an {@code X-Requested-With} header, which no form can send and
 *     which makes a browser's fetch from another origin ask first (a CORS preflight this API never
 *     grants).</li>
 * </ul>
 * curl and other programs send neither header and no body type unless told: they are unaffected.
 * Reads are left alone: the same-origin policy already keeps their answers from another site.
 */
class CrossOriginGuard extends OncePerRequestFilter {

    /** The header an upload must carry (see the class comment). */
    static final String UPLOAD_MARK = "X-Requested-With";
    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> OTHER_ORIGIN_SITES = Set.of("cross-site", "same-site");
    private static final List<MediaType> FORM_TYPES = List.of(MediaType.APPLICATION_FORM_URLENCODED,
            MediaType.MULTIPART_FORM_DATA, MediaType.TEXT_PLAIN);

    private final ObjectMapper json;

    CrossOriginGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !STATE_CHANGING.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && OTHER_ORIGIN_SITES.contains(site.trim().toLowerCase(Locale.ROOT))) {
            refuse(response, HttpStatus.FORBIDDEN, "CROSS_ORIGIN_REFUSED", "Sec-Fetch-Site",
                    "a write sent by a page of another origin is refused");
            return;
        }
        if (fromAnotherOrigin(request)) {
            refuse(response, HttpStatus.FORBIDDEN, "CROSS_ORIGIN_REFUSED", HttpHeaders.ORIGIN,
                    "a write from another origin is refused");
            return;
        }
        if (formBody(request.getContentType()) && !markedUpload(request)) {
            refuse(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", HttpHeaders.CONTENT_TYPE,
                    "writes take application/json (or no body); form and plain-text bodies are refused");
            return;
        }
        chain.doFilter(request, response);
    }

    /** A multipart upload to an attachments address that carries the header no form can send. */
    private static boolean markedUpload(HttpServletRequest request) {
        String contentType = request.getContentType();
        return request.getHeader(UPLOAD_MARK) != null && contentType != null
                && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                && request.getRequestURI().matches("/api/sources/[^/]+/attachments");
    }

    private static boolean fromAnotherOrigin(HttpServletRequest request) {
        try {
            return CorsUtils.isCorsRequest(request);
        } catch (RuntimeException unparseable) {
            return true; // "null" from a sandboxed page or a file, or not an origin at all: not ours
        }
    }

    private static boolean formBody(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return FORM_TYPES.stream().anyMatch(type::equalsTypeAndSubtype);
        } catch (InvalidMediaTypeException unparseable) {
            return false; // no browser sends this without a preflight; Spring MVC answers it with 415
        }
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String code, String header, String detail)
            throws IOException {
        ProblemDetail problem = Problems.of(status, code, detail);
        problem.setProperty("errors", List.of(new Problems.FieldError(header, detail)));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
