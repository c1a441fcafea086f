package org.fullaccounting.api.web.sources.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.sources.api.DocumentKind;
import org.fullaccounting.casefile.sources.api.SourceDescription;

import java.util.List;

/** POST /api/sources/{sourceId}/corrections: the description in full as it should read, and why. */
public record SourceCorrectionRequest(
        @NotNull DocumentKind kind,
        @NotBlank @Size(max = 1000) String title,
        @PartialDate String date,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> authors,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> parties,
        @Size(max = 500) String archiveReference,
        @Size(max = 5000) String reliabilityNote,
        boolean restricted,
        @NotBlank @Size(max = 2000) String reason) {

    public SourceDescription description() {
        return new SourceDescription(kind, title, HistoricalDate.ofNullable(date), authors, parties, archiveReference,
                reliabilityNote, restricted);
    }
}
