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
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;

/** POST /api/cases */
@SourceNamed
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
        @Size(max = 1000) String source,
        UUID sourceId,
        @Size(max = 200) String locator) implements SourceNamed.Citing {

    public OpenCaseCommand command(UUID caseId) {
        return new OpenCaseCommand(caseId, serviceNumber, new PersonName(name.family(), name.given(), name.middle()),
                rank, branch, unit, HistoricalDate.ofNullable(lossDate), lossPlace, circumstances, status, source, null, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
