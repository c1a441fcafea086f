package org.fullaccounting.api.application.cases;

import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.projections.validity.InForce;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A case as a family reads it: who he is, where and when he was lost, his status today and the
 * Last Seen Alive and non-recoverable designations (as they held on a date, when one is asked for). Built by copying these fields, never by blanking others. No version
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
        boolean lastSeenAlive,
        boolean nonRecoverable,
        LocalDate validAt) {

    public static FamilyCaseView of(CaseSummary c) {
        return new FamilyCaseView(c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                c.lossDate() == null ? null : c.lossDate().value(), c.lossPlace(), c.status(), c.lastSeenAlive(),
                c.nonRecoverable(), null);
    }

    /** With {@code validAt}: the status and designations that held then, copied the same way. */
    public static FamilyCaseView of(CaseReader.Current current) {
        InForce w = current.inForce();
        if (w == null) {
            return of(current.summary());
        }
        CaseSummary c = current.summary();
        return new FamilyCaseView(c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                c.lossDate() == null ? null : c.lossDate().value(), c.lossPlace(), w.status(), w.lastSeenAlive(),
                w.nonRecoverable(), w.validAt());
    }
}
