package org.fullaccounting.casefile;

import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.PersonName;

import java.util.Map;
import java.util.UUID;

/**
 * The case as its rules see it right now: identity, status, designation and how many entries of
 * each kind it holds (retracted ones excluded, counted apart).
 */
public record CaseSummary(
        UUID caseId,
        String serviceNumber,
        PersonName name,
        String rank,
        Branch branch,
        String unit,
        HistoricalDate lossDate,
        String lossPlace,
        CaseStatus status,
        boolean lastSeenAlive,
        Map<EntryKind, Integer> counts,
        int retracted) {
}
