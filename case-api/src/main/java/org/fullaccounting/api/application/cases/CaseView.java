package org.fullaccounting.api.application.cases;

import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.projections.validity.InForce;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** GET /api/cases/{caseId} for staff: the case as it stands now (or as recorded at asOf; status, designations and counts as they held on validAt). {@code version} is also the ETag. Families get {@link FamilyCaseView}. */
public record CaseView(
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
        Map<EntryKind, Integer> counts,
        int retractedEntries,
        long version,
        LocalDate validAt) {

    /** Now or as recorded at an instant; with {@code validAt}, status, designations and counts as they held then. */
    public static CaseView of(CaseReader.Current current) {
        CaseSummary c = current.summary();
        InForce w = current.inForce();
        if (w != null) {
            return new CaseView(c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                    text(c.lossDate()), c.lossPlace(), w.status(), w.lastSeenAlive(), w.nonRecoverable(), w.counts(),
                    w.retracted(), current.version(), w.validAt());
        }
        return new CaseView(c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                text(c.lossDate()), c.lossPlace(), c.status(), c.lastSeenAlive(), c.nonRecoverable(), c.counts(),
                c.retracted(), current.version(), null);
    }

    private static String text(HistoricalDate date) {
        return date == null ? null : date.value();
    }
}
