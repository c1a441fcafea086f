package org.fullaccounting.api.application.access;

import org.fullaccounting.api.application.audit.AccessLog;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.projections.familylinks.FamilyLinks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Who may read or write a case, and the record that they read it: the one policy every entrance
 * (API, pages, exports) asks, for one case and for lists. URL rules in the security configuration
 * are only a coarse first gate.
 *
 * <p>Caseworkers read and write every case; auditors read every case; a family account reads only
 * the cases linked to it, and for every other case it gets exactly what an unknown case gives
 * (404), so it cannot even learn that the case exists. Admins manage accounts and links, not case
 * content (403). Every read of case content, granted or refused, writes one access-log entry.
 */
@Component
public class AccessPolicy {

    /** What a list across cases may show its caller. */
    public enum Scope {
        /** Caseworkers and auditors: every case. */
        ALL_CASES,
        /**
         * Family accounts: lists across cases are empty and their counts zero, never a hint that
         * other cases exist; their own cases are listed by {@link #readableLinkedCases}.
         */
        NO_CASES
    }

    private final AccessLog accessLog;
    private final FamilyLinks familyLinks;

    AccessPolicy(AccessLog accessLog, FamilyLinks familyLinks) {
        this.accessLog = accessLog;
        this.familyLinks = familyLinks;
    }

    /** Checks, and logs, one read of a case's content. */
    public void requireReadable(UUID caseId, Authentication who) {
        boolean granted = Roles.has(who, Roles.CASEWORKER) || Roles.has(who, Roles.AUDITOR) || isLinkedFamily(caseId, who);
        accessLog.caseRead(caseId, who.getName(), granted);
        if (!granted) {
            refuse(caseId, who);
        }
    }

    public void requireWritable(UUID caseId, Authentication who) {
        if (Roles.has(who, Roles.CASEWORKER)) {
            return;
        }
        if (isLinkedFamily(caseId, who)) {
            throw new AccessDeniedException("families read their case; caseworkers write it");
        }
        refuse(caseId, who);
    }

    /** Casualty lists open cases in bulk, and their reports name cases: caseworkers' work. */
    public void requireImporter(Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER)) {
            throw new AccessDeniedException("casualty lists are imported by caseworkers");
        }
    }

    /** Family links are account administration, for admins (they see no case content). */
    public void requireLinkManager(Authentication who) {
        if (!Roles.has(who, Roles.ADMIN)) {
            throw new AccessDeniedException("family links are managed by admins");
        }
    }

    /** Which cases a list may show; 403 for roles that see no case content. */
    public Scope listScope(Authentication who) {
        if (Roles.has(who, Roles.CASEWORKER) || Roles.has(who, Roles.AUDITOR)) {
            return Scope.ALL_CASES;
        }
        if (Roles.has(who, Roles.FAMILY)) {
            return Scope.NO_CASES;
        }
        throw new AccessDeniedException("case content is for caseworkers, auditors and linked families");
    }

    /**
     * A family's own cases, each read logged as any other read of the case: the list shows their
     * content (name, status), so it is a read whichever entrance serves it.
     */
    public List<UUID> readableLinkedCases(Authentication who) {
        if (!Roles.has(who, Roles.FAMILY)) {
            throw new AccessDeniedException("only family accounts have linked cases");
        }
        List<UUID> cases = familyLinks.casesOf(who.getName());
        cases.forEach(caseId -> requireReadable(caseId, who));
        return cases;
    }

    /** True when the view must leave out restricted fields: the reader is family, not staff. */
    public static boolean familyView(Authentication who) {
        return Roles.has(who, Roles.FAMILY) && !Roles.has(who, Roles.CASEWORKER) && !Roles.has(who, Roles.AUDITOR);
    }

    private boolean isLinkedFamily(UUID caseId, Authentication who) {
        return Roles.has(who, Roles.FAMILY) && familyLinks.isLinked(who.getName(), caseId);
    }

    private static void refuse(UUID caseId, Authentication who) {
        if (Roles.has(who, Roles.FAMILY)) {
            throw Refusal.unknownCase(caseId);
        }
        throw new AccessDeniedException("case content is for caseworkers, auditors and linked families");
    }
}
