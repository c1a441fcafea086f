package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.OpenCaseCommand;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.casefile.api.HistoricalDate;
import java.util.UUID;

/** POST /api/cases */
public record OpenCaseRequest(
        @NotBlank @Size(max = 64) String serviceNumber,
        @NotNull @Valid NameRequest name,
        @Size(max = 100) String rank,
        @NotNull Branch branch,
        @Size(max = 300) String unit,
        @PartialDate String lossDate,
        @Size(max = 300) String lossPlace,
        @Size(max = 10000) String circumstances,
        @NotNull CaseStatus status,
        @NotBlank @Size(max = 1000) String source) {

    public OpenCaseCommand command(UUID caseId) {
        return new OpenCaseCommand(caseId, serviceNumber, new PersonName(name.family(), name.given(), name.middle()),
                rank, branch, unit, HistoricalDate.ofNullable(lossDate), lossPlace, circumstances, status, source);
    }
}
