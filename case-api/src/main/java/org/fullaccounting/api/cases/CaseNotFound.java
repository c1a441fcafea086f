package org.fullaccounting.api.cases;

import java.util.UUID;

/** No case with this id, or none this user may know of: the two answer identically. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(Object caseId) {
        super("no case " + caseId);
    }

    public static CaseNotFound of(UUID caseId) {
        return new CaseNotFound(caseId);
    }
}
