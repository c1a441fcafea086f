package org.fullaccounting.api.web.sources.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** POST /api/sources/{sourceId}/cases: the cases the document concerns, and why. */
public record SourceLinkRequest(
        @NotEmpty @Size(max = 1000) List<@NotNull UUID> caseIds,
        @NotBlank @Size(max = 2000) String reason) {
}
