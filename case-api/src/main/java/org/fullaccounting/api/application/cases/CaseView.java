package org.fullaccounting.api.application.cases;

import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.PersonName;

import java.util.Map;
import java.util.UUID;

/** GET /api/cases/{caseId} for staff: the case as it stands now. {@code version} is also the ETag. Families get {@link FamilyCaseView}. */
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
        Map<EntryKind, Integer> counts,
        int retractedEntries,
        long version) {

    public static CaseView of(CaseReader.Current current) {
        CaseSummary c = current.summary();
        return new CaseView(c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                text(c.lossDate()), c.lossPlace(), c.status(), c.lastSeenAlive(), c.counts(), c.retracted(),
                current.version());
    }

    private static String text(HistoricalDate date) {
        return date == null ? null : date.value();
    }
}
