package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.DesignateLastSeenAliveCommand;
import org.fullaccounting.casefile.api.RemoveLastSeenAliveCommand;
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;

/** POST /api/cases/{caseId}/last-seen-alive: designated true puts the case on the list, false takes it off. */
@SourceNamed
public record LastSeenAliveRequest(
        Boolean designated,
        @Size(max = 1000) String source,
        @Size(max = 10000) String reason,
        UUID sourceId,
        @Size(max = 200) String locator) implements EntryRequest, SourceNamed.Citing {

    public boolean designates() {
        return designated == null || designated;
    }

    @Override
    public CaseCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
        return designates()
                ? new DesignateLastSeenAliveCommand(caseId, entryId, source, reason, expectedVersion, citation())
                : new RemoveLastSeenAliveCommand(caseId, entryId, source, reason, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
