package org.fullaccounting.api.web.cases;

import jakarta.validation.constraints.NotNull;
import org.fullaccounting.api.web.cases.requests.AssessmentRequest;
import org.fullaccounting.api.web.cases.requests.CorrectionRequest;
import org.fullaccounting.api.web.cases.requests.EntryRequest;
import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.CaseCommand;

import java.util.UUID;

/**
 * The two case-page forms whose fields differ from the API's request bodies: on the page, the
 * sighting to assess and the entry to retract are chosen from a list, not taken from the address.
 * Each makes the API's own request record, checked by its rules, and its command through it.
 */
final class EntryForms {

    private EntryForms() {
    }

    /** The assessment form: which sighting, and the assessment as the API takes it. */
    record AssessmentForm(@NotNull(message = "choose the sighting to assess") UUID sightingId,
                          Assessment assessment, String reason, UUID sourceId, String locator)
            implements EntryRequest {

        AssessmentRequest request() {
            return new AssessmentRequest(assessment, reason, sourceId, locator);
        }

        @Override
        public CaseCommand command(UUID caseId, UUID entryId, Long expectedVersion) {
            return request().command(caseId, sightingId, entryId, expectedVersion);
        }
    }

    /** The retraction form: which entry, and why. */
    record RetractionForm(@NotNull(message = "choose the entry to retract") UUID entryId, String reason)
            implements EntryRequest {

        CorrectionRequest request() {
            return new CorrectionRequest(entryId, CorrectionRequest.Action.RETRACT, reason, null, null, null, null,
                    null);
        }

        @Override
        public CaseCommand command(UUID caseId, UUID newEntryId, Long expectedVersion) {
            return request().command(caseId, newEntryId, expectedVersion);
        }
    }
}
