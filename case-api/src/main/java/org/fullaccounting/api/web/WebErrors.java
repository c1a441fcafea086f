package org.fullaccounting.api.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals on the pages answer as pages, ahead of the API's problem-details advice, with the
 * status the refusal's code carries. An unknown case and a case the reader may not see look the
 * same, as on the API. Refusals about one form field are shown beside it by the page itself.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebErrors {

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(Model model) {
        return refused(Refusal.unknownCase(null), model, null);
    }

    @ExceptionHandler(Refusal.class)
    public String refused(Refusal refusal, Model model, HttpServletResponse response) {
        if (response != null) {
            response.setStatus(refusal.code().status().value());
            if (refusal.code().retryAfterSeconds() > 0) {
                response.setHeader("Retry-After", String.valueOf(refusal.code().retryAfterSeconds()));
            }
        }
        if (refusal.code() == RefusalCode.DATABASE_UNAVAILABLE) {
            model.addAttribute("title", "Temporarily unavailable");
            model.addAttribute("message", "The database cannot be reached just now. Wait a few seconds and try "
                    + "again; what you sent may not have been saved.");
        } else if (refusal.code() == RefusalCode.UNKNOWN_CASE) {
            model.addAttribute("title", "Not found");
            model.addAttribute("message", "There is no such case, or it is not one you can see.");
        } else {
            model.addAttribute("title", "Not done");
            model.addAttribute("message", refusal.getMessage());
        }
        return "error-page";
    }

    @ExceptionHandler(AccessDeniedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String forbidden(Model model) {
        model.addAttribute("title", "Not for your role");
        model.addAttribute("message", "Your account's role does not open this page.");
        return "error-page";
    }
}
