package org.fullaccounting.api.infrastructure.request;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * {@code /error} is where the server forwards a failed request to render its error; asked for
 * directly it has no error to render, and Spring Boot's controller then answers 500. A direct
 * request for it is answered as the unknown address it is: 404 (rendered by that same controller).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DirectErrorRequests extends OncePerRequestFilter {

    private final String errorPath;

    DirectErrorRequests(@Value("${server.error.path:/error}") String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getDispatcherType() != DispatcherType.REQUEST
                || !errorPath.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
