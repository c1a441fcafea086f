package org.fullaccounting.api.web.findings.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.application.cases.CaseBatchWriter;
import org.fullaccounting.api.application.findings.Findings;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.List;
import java.util.UUID;

/**
 * POST /api/findings: a finding made for many cases. effect NOTE records it on each case;
 * STATUS_CHANGE also gives each case the status {@code to}, under the reclassification rules.
 */
public record FindingRequest(
        @NotBlank @Size(max = 1000) String title,
        @NotBlank @Size(max = 300) String by,
        @PartialDate String date,
        @Size(max = 2000) String source,
        UUID sourceId,
        @NotNull Effect effect,
        CaseStatus to,
        @Size(max = CaseBatchWriter.MAX_CASES) List<@NotNull UUID> caseIds,
        @Size(max = CaseBatchWriter.MAX_CASES) List<@NotBlank @Size(max = 100) String> serviceNumbers) {

    /** What a finding does to each case. */
    public enum Effect { NOTE, STATUS_CHANGE }

    /** 400 naming {@code to} when it does not match the effect. */
    public Findings.Application application() {
        if (effect == Effect.STATUS_CHANGE && to == null) {
            throw Refusal.invalidParameter("to", "is required when effect is STATUS_CHANGE");
        }
        if (effect == Effect.NOTE && to != null) {
            throw Refusal.invalidParameter("to", "is only given when effect is STATUS_CHANGE");
        }
        return new Findings.Application(title, by, HistoricalDate.ofNullable(date), source, sourceId, to, caseIds,
                serviceNumbers);
    }
}
