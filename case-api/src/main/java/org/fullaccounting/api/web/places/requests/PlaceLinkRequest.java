package org.fullaccounting.api.web.places.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** POST /api/incidents/{id}/cases and /api/camps/{id}/cases: the cases, and why. */
public record PlaceLinkRequest(
        @NotEmpty @Size(max = 1000) List<@NotNull UUID> caseIds,
        @NotBlank @Size(max = 2000) String reason) {
}
