package org.fullaccounting.api.web.people.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.HistoricalDate;

/** POST /api/cases/{caseId}/people/{personId}/primary: from when (optional) and why. */
public record PrimaryRequest(
        @PartialDate String since,
        @NotBlank @Size(max = 2000) String reason) {

    public HistoricalDate from() {
        return HistoricalDate.ofNullable(since);
    }
}
