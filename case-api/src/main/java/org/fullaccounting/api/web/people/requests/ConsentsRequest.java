package org.fullaccounting.api.web.people.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.people.api.Consents;

/** POST /api/cases/{caseId}/people/{personId}/consents: what they agreed to, and where it is written. */
public record ConsentsRequest(
        boolean contact,
        boolean dnaUse,
        boolean publicity,
        @NotBlank @Size(max = 1000) String source) {

    public Consents consents() {
        return new Consents(contact, dnaUse, publicity);
    }
}
