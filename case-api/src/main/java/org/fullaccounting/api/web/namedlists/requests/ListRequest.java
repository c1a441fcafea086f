package org.fullaccounting.api.web.namedlists.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;

/** POST /api/lists: a named list in its first edition; lastSeenAlive marks the list the designation follows. */
public record ListRequest(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 300) String keeper,
        @NotBlank @Size(max = 100) String version,
        @PartialDate String date,
        boolean lastSeenAlive) {
}
