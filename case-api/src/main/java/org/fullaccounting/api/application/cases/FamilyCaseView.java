package org.fullaccounting.api.application.cases;

import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.PersonName;

import java.util.UUID;

/**
 * A case as a family reads it: who he is, where and when he was lost, his status today and the
 * Last Seen Alive designation. Built by copying these fields, never by blanking others. No version
 * (and no ETag beside it) and no counts: families do not write, and both rise with every internal
 * note, restricted letter or intelligence report, so they would count what a family may not see.
 */
public record FamilyCaseView(
        UUID caseId,
        String serviceNumber,
        PersonName name,
        String rank,
        Branch branch,
        String unit,
        String lossDate,
        String lossPlace,
        CaseStatus status,
        boolean lastSeenAlive) {

    public static FamilyCaseView of(CaseSummary c) {
        return new FamilyCaseView(c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                c.lossDate() == null ? null : c.lossDate().value(), c.lossPlace(), c.status(), c.lastSeenAlive());
    }
}
