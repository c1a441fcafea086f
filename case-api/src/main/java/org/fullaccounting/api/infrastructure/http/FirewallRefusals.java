package org.fullaccounting.api.infrastructure.http;

import org.fullaccounting.api.application.refusals.Problems;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.List;

/**
 * What Spring Security's firewall refuses before any filter runs (an encoded '%' or line break in
 * the path, an empty path segment, a method such as TRACE) is answered here as a 400 problem body,
 * instead of an error dispatch that renders something else. Spring Security picks this bean up.
 */
@Component
class FirewallRefusals implements RequestRejectedHandler {

    private final ObjectMapper json;

    FirewallRefusals(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Problems.invalid("MALFORMED_REQUEST",
                "the request has characters or a method that are not allowed", List.of()));
    }
}
