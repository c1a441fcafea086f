package org.fullaccounting.api.infrastructure.input;

import org.fullaccounting.api.application.refusals.Refusal;

import org.fullaccounting.api.infrastructure.request.RequestIds;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fullaccounting.api.application.refusals.Problems;
import org.fullaccounting.projections.StorableText;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses, before anything reads it, a request whose query parameters, form fields, path or the
 * headers the application reads carry text PostgreSQL cannot store (U+0000, a lone surrogate): a
 * search would fail in the database with a 500, a write would store it. One place for every
 * endpoint and form, present and future; JSON bodies are checked by {@link StorableTextModule}.
 * Runs after the character-encoding filter (so form fields are decoded as UTF-8) and before
 * security (the sign-in form is a form too). The API gets problem details naming the parameter;
 * the pages get a short page saying which field to correct.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class TextGuard extends OncePerRequestFilter {

    private static final List<String> HEADERS = List.of("Idempotency-Key", RequestIds.HEADER, HttpHeaders.IF_MATCH);

    private final ObjectMapper json;

    TextGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> refused = unstorable(request);
        if (refused.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String field = StorableText.storable(refused.get());
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        if (isApi(request)) {
            ProblemDetail problem = Problems.of(Refusal.unstorableText(field));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(page(field));
        }
    }

    /** The name of the first parameter, path or header holding unstorable text. */
    static Optional<String> unstorable(HttpServletRequest request) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (!StorableText.isStorable(parameter.getKey())) {
                return Optional.of(parameter.getKey());
            }
            for (String value : parameter.getValue()) {
                if (!StorableText.isStorable(value)) {
                    return Optional.of(parameter.getKey());
                }
            }
        }
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!StorableText.isStorable(path)) {
            return Optional.of("path");
        }
        for (String header : HEADERS) {
            if (!StorableText.isStorable(request.getHeader(header))) {
                return Optional.of(header);
            }
        }
        return Optional.empty();
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/v3/") || path.startsWith("/actuator/");
    }

    private static String page(String field) {
        String name = HtmlUtils.htmlEscape(field);
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not saved · Full Accounting"
                + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><main id=\"main\">"
                + "<h1>Not saved</h1><p class=\"problem\" role=\"alert\">The field <strong>" + name + "</strong> "
                + HtmlUtils.htmlEscape(Refusal.UNSTORABLE) + ". Nothing was saved. Go back, remove that "
                + "character and send the form again.</p></main></body></html>";
    }
}
