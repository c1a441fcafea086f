package org.fullaccounting.api.web;

import org.fullaccounting.api.cases.CaseNotFound;
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
 * Refusals on the pages answer as pages, ahead of the API's problem-details advice. An unknown
 * case and a case the reader may not see look the same, as on the API.
 */
@ControllerAdvice(basePackages = "org.fullaccounting.api.web")
@Order(Ordered.HIGHEST_PRECEDENCE)
public class WebErrors {

    @ExceptionHandler({CaseNotFound.class, MethodArgumentTypeMismatchException.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(Model model) {
        model.addAttribute("title", "Not found");
        model.addAttribute("message", "There is no such case, or it is not one you can see.");
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
