package org.fullaccounting.api.web.remains.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.remains.api.AccessionDescription;

/** POST /api/accessions: remains received, as the return or operation they came from names them. */
public record AccessionRequest(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @PartialDate String receivedOn,
        @Size(max = 500) String origin,
        @Size(max = 100) String lot) {

    public AccessionDescription description() {
        return new AccessionDescription(name, HistoricalDate.ofNullable(receivedOn), origin, lot);
    }
}
