package org.fullaccounting.api.application.access;

import org.fullaccounting.api.application.access.Roles;
import org.springframework.security.core.Authentication;

/** Where each role starts after signing in: the page that fits its work. */
public final class Landing {

    private Landing() {
    }

    public static String of(Authentication who) {
        if (Roles.has(who, Roles.CASEWORKER) || Roles.has(who, Roles.AUDITOR)) {
            return "/";
        }
        if (Roles.has(who, Roles.FAMILY)) {
            return "/family";
        }
        if (Roles.has(who, Roles.ADMIN)) {
            return "/admin";
        }
        return "/login?error=norole";
    }
}
