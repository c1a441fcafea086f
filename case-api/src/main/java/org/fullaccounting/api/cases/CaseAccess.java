package org.fullaccounting.api.cases;

import org.fullaccounting.api.accounts.Roles;
import org.fullaccounting.api.audit.AccessLog;
import org.fullaccounting.projections.familylinks.FamilyLinks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Who may read or write a case, and the record that they read it. Caseworkers read and write
 * every case; auditors read every case; a family account reads only the cases linked to it, and
 * for every other case it gets exactly what an unknown case gives (404), so it cannot even learn
 * that the case exists. Admins manage accounts and links, not case content (403). Every read
 * decision, granted or refused, goes to the access log.
 */
@Component
public class CaseAccess {

    private final AccessLog accessLog;
    private final FamilyLinks familyLinks;

    CaseAccess(AccessLog accessLog, FamilyLinks familyLinks) {
        this.accessLog = accessLog;
        this.familyLinks = familyLinks;
    }

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

    /** True when the view must leave out restricted fields: the reader is family, not staff. */
    public static boolean familyView(Authentication who) {
        return Roles.has(who, Roles.FAMILY) && !Roles.has(who, Roles.CASEWORKER) && !Roles.has(who, Roles.AUDITOR);
    }

    private boolean isLinkedFamily(UUID caseId, Authentication who) {
        return Roles.has(who, Roles.FAMILY) && familyLinks.isLinked(who.getName(), caseId);
    }

    private static void refuse(UUID caseId, Authentication who) {
        if (Roles.has(who, Roles.FAMILY)) {
            throw CaseNotFound.of(caseId);
        }
        throw new AccessDeniedException("case content is for caseworkers, auditors and linked families");
    }
}
