package org.fullaccounting.api.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** POST /api/cases/{caseId}/last-seen-alive: designated true puts the case on the list, false takes it off. */
public record LastSeenAliveRequest(
        Boolean designated,
        @NotBlank @Size(max = 1000) String source,
        @Size(max = 10000) String reason) {

    public boolean designates() {
        return designated == null || designated;
    }
}
