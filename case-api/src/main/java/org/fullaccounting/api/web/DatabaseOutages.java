package org.fullaccounting.api.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.fullaccounting.api.application.refusals.DatabaseOutage;
import org.fullaccounting.api.application.refusals.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Any failure of a request whose cause is an unreachable database (however wrapped: Spring's
 * transaction, Axon's command or event-store exception) becomes the refusal
 * {@code DATABASE_UNAVAILABLE} before any other handler sees it, and is then answered like every
 * refusal: problem+json by ProblemHandler, a page by WebErrors. So no path answers it 500, and no
 * handler has to know which exception types a lost connection can arrive in.
 */
@Component
public class DatabaseOutages implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);

    private final ObjectProvider<HandlerExceptionResolver> handlers;

    DatabaseOutages(@Qualifier("handlerExceptionResolver") ObjectProvider<HandlerExceptionResolver> handlers) {
        this.handlers = handlers;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (failure instanceof Refusal || !DatabaseOutage.isCause(failure)) {
            return null;
        }
        // One line, no stack: an outage is the database's state, not a bug to trace.
        log.warn("Database unreachable: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                NestedExceptionUtils.getMostSpecificCause(failure).toString());
        return handlers.getObject().resolveException(request, response, handler, Refusal.databaseUnavailable(failure));
    }

    /** After Spring Boot's DefaultErrorAttributes (which only records the failure), before every handler. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
