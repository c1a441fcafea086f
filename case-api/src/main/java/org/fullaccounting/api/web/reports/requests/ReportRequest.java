package org.fullaccounting.api.web.reports.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.casefile.reports.api.FileSightingReportCommand;

import java.util.UUID;

/** POST /api/sighting-reports: a sighting of possibly several unnamed people. Dates may be ranges. */
public record ReportRequest(
        @NotBlank @PartialDate String observedOn,
        @NotBlank @PartialDate String reportedOn,
        @Size(max = 300) String place,
        @NotNull SourceKind sourceKind,
        @Size(max = 300) String witness,
        @NotBlank @Size(max = 10000) String description,
        UUID sourceId) {

    /** The filing without its id, which the application gives. */
    public FileSightingReportCommand filing() {
        return new FileSightingReportCommand(null, HistoricalDate.ofNullable(observedOn),
                HistoricalDate.ofNullable(reportedOn), place, sourceKind, witness, description, sourceId);
    }
}
