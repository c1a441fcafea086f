package org.fullaccounting.api.web;

import org.fullaccounting.api.application.access.Landing;

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
    public String login(@RequestParam(required = false) String error, Authentication who, Model model) {
        if (who != null && !(who instanceof AnonymousAuthenticationToken) && error == null) {
            return "redirect:" + Landing.of(who);
        }
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "throttled" -> "Too many failed sign-ins for this account. Wait a few minutes, then try again.";
                case "norole" -> "This account has no role yet. Ask an administrator.";
                default -> "The username or password is not right. Check them and try again.";
            });
        }
        return "login";
    }
}
