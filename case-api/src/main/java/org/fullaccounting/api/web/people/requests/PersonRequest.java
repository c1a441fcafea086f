package org.fullaccounting.api.web.people.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.people.api.Relationship;

/** POST /api/cases/{caseId}/people: a relative of the serviceman. */
public record PersonRequest(
        @NotBlank @Size(max = 300) String name,
        @NotNull Relationship relationship,
        @PartialDate String bornOn) {

    public HistoricalDate born() {
        return HistoricalDate.ofNullable(bornOn);
    }
}
