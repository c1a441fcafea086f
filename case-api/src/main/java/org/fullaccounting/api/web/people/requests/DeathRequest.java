package org.fullaccounting.api.web.people.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/**
 * POST /api/cases/{caseId}/people/{personId}/death: when they died and where that is written; when
 * they were the primary next of kin, successorId names who follows them (else the case has none).
 */
public record DeathRequest(
        @NotBlank @PartialDate String diedOn,
        @NotBlank @Size(max = 1000) String source,
        UUID successorId) {

    public HistoricalDate died() {
        return HistoricalDate.ofNullable(diedOn);
    }
}
