package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.DesignateLastSeenAliveCommand;
import org.fullaccounting.casefile.api.RemoveLastSeenAliveCommand;
import java.util.UUID;

/** POST /api/cases/{caseId}/last-seen-alive: designated true puts the case on the list, false takes it off. */
public record LastSeenAliveRequest(
        Boolean designated,
        @NotBlank @Size(max = 1000) String source,
        @Size(max = 10000) String reason) implements EntryRequest {

    public boolean designates() {
        return designated == null || designated;
    }

    @Override
    public CaseCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return designates()
                ? new DesignateLastSeenAliveCommand(caseId, entryId, source, reason, expectedVersion)
                : new RemoveLastSeenAliveCommand(caseId, entryId, source, reason, expectedVersion);
    }
}
