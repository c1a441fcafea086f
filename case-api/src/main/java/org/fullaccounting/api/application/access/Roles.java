package org.fullaccounting.api.application.access;

import org.springframework.security.core.Authentication;

import java.util.Set;

/**
 * The four roles of GLOSSARY.md, as Spring Security authorities ("ROLE_" + name), and METRICS: a
 * scraper's account that may read /actuator/prometheus and nothing else, so the credentials a
 * monitoring server keeps cannot create accounts or link families as an ADMIN's could.
 */
public final class Roles {

    public static final String CASEWORKER = "CASEWORKER";
    public static final String FAMILY = "FAMILY";
    public static final String AUDITOR = "AUDITOR";
    public static final String ADMIN = "ADMIN";
    public static final String METRICS = "METRICS";
    public static final Set<String> ALL = Set.of(CASEWORKER, FAMILY, AUDITOR, ADMIN, METRICS);

    private Roles() {
    }

    public static boolean has(Authentication who, String role) {
        return who != null && who.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
