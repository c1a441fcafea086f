package org.fullaccounting.projections.board;

import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;

import java.util.List;
import java.util.UUID;

/** One line of the case list. */
public record BoardCase(
        UUID caseId,
        String serviceNumber,
        String name,
        String rank,
        Branch branch,
        String unit,
        String lossDate,
        String lossPlace,
        CaseStatus status,
        boolean lastSeenAlive,
        List<String> camps,
        int unresolvedSightings,
        int unassessedSightings) {
}
