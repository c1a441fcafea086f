package org.fullaccounting.api.web;

import jakarta.servlet.http.HttpServletResponse;
import org.fullaccounting.api.application.access.Landing;
import org.fullaccounting.api.application.refusals.RefusalCode;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in form; Spring Security handles its POST (WebSecurityConfig). */
@Controller
@PageController
public class LoginPage {

    @GetMapping("/login")
    public String login(@RequestParam(required = false) String error, Authentication who, Model model,
                        HttpServletResponse response) {
        if (who != null && !(who instanceof AnonymousAuthenticationToken) && error == null) {
            return "redirect:" + Landing.of(who);
        }
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "throttled" -> "Too many failed sign-ins for this account. Wait a few minutes, then try again.";
                case "norole" -> "This account has no role yet. Ask an administrator.";
                case "unavailable" -> unavailable(response);
                default -> "The username or password is not right. Check them and try again.";
            });
        }
        return "login";
    }

    /** The sign-in could not be checked (the database is away): not a wrong password, and said so with 503. */
    private static String unavailable(HttpServletResponse response) {
        RefusalCode code = RefusalCode.DATABASE_UNAVAILABLE;
        response.setStatus(code.status().value());
        response.setHeader("Retry-After", String.valueOf(code.retryAfterSeconds()));
        return "Sign-in cannot be checked just now: the database cannot be reached. Your password was not "
                + "refused; try again in a few seconds.";
    }
}
