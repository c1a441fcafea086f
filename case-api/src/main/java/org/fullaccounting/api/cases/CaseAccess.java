package org.fullaccounting.api.cases;

import org.fullaccounting.api.accounts.Roles;
import org.fullaccounting.api.audit.AccessLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Who may read a case, and the record that they did. Caseworkers and auditors read every case.
 * Family accounts read only the cases linked to them; no linking exists yet, so for them every
 * case answers exactly as an unknown one would (404). Admins manage accounts, not case content.
 * Every decision, granted or refused, goes to the access log.
 */
@Component
public class CaseAccess {

    private final AccessLog accessLog;

    CaseAccess(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    public void requireReadable(UUID caseId, Authentication who) {
        if (Roles.has(who, Roles.CASEWORKER) || Roles.has(who, Roles.AUDITOR)) {
            accessLog.caseRead(caseId, who.getName(), true);
            return;
        }
        accessLog.caseRead(caseId, who.getName(), false);
        if (Roles.has(who, Roles.FAMILY)) {
            throw CaseNotFound.of(caseId);
        }
        throw new AccessDeniedException("case content is for caseworkers, auditors and linked families");
    }
}
