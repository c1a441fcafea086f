package org.fullaccounting.api.reads;

import org.fullaccounting.api.accounts.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/**
 * What a list across cases may show its caller. Caseworkers and auditors see every case. Family
 * accounts see only cases linked to them; linking does not exist yet, so for now their lists are
 * empty and their counts zero (never a hint that other cases exist). Admins manage accounts, not
 * case content: 403.
 */
public enum ReadScope {
    ALL_CASES,
    NO_CASES;

    public static ReadScope of(Authentication who) {
        if (Roles.has(who, Roles.CASEWORKER) || Roles.has(who, Roles.AUDITOR)) {
            return ALL_CASES;
        }
        if (Roles.has(who, Roles.FAMILY)) {
            return NO_CASES;
        }
        throw new AccessDeniedException("case content is for caseworkers, auditors and linked families");
    }
}
