package org.fullaccounting.api.web.namedlists.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;

/** POST /api/lists/{listId}/revisions: the list's new edition, and why it is recorded. */
public record ListRevisionRequest(
        @NotBlank @Size(max = 100) String version,
        @PartialDate String date,
        @NotBlank @Size(max = 2000) String reason) {
}
