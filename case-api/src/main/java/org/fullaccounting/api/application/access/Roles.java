package org.fullaccounting.api.application.access;

import org.springframework.security.core.Authentication;

import java.util.Set;

/** The four roles of GLOSSARY.md, as Spring Security authorities ("ROLE_" + name). */
public final class Roles {

    public static final String CASEWORKER = "CASEWORKER";
    public static final String FAMILY = "FAMILY";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    public static final Set<String> ALL = Set.of(CASEWORKER, FAMILY, AUDITOR, ADMIN);

    private Roles() {
    }

    public static boolean has(Authentication who, String role) {
        return who != null && who.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
