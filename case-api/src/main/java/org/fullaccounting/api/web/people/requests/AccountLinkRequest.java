package org.fullaccounting.api.web.people.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/cases/{caseId}/people/{personId}/account: a family account linked to the case becomes the person's own. */
public record AccountLinkRequest(
        @NotBlank @Size(max = 100) String username,
        @NotBlank @Size(max = 2000) String reason) {
}
