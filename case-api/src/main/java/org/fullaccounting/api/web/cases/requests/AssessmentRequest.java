package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.AssessSightingCommand;
import org.fullaccounting.casefile.api.Citation;
import java.util.UUID;

/** POST /api/cases/{caseId}/sightings/{sightingId}/assessments */
public record AssessmentRequest(
        @NotNull Assessment assessment,
        @NotBlank @Size(max = 10000) String reason,
        UUID sourceId,
        @Size(max = 200) String locator) {

    /** The sighting comes from the address (API) or a separate field (form), not from this body. */
    public AssessSightingCommand command(UUID caseId, UUID sightingId, UUID entryId, Long expectedVersion) {
        return new AssessSightingCommand(caseId, entryId, sightingId, assessment, reason, expectedVersion, citation());
    }

    /** The registered source cited, if any (a locator without its source is kept for the case to refuse). */
    public Citation citation() {
        return Citation.ofNullable(sourceId, locator);
    }
}
