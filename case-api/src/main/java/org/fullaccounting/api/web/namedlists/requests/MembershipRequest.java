package org.fullaccounting.api.web.namedlists.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.application.cases.CaseBatchWriter;
import org.fullaccounting.api.application.namedlists.NamedLists;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * POST /api/lists/{listId}/members and /removals: the cases (caseId, caseIds and serviceNumbers
 * together), the source (free text, a registered source's id, or both) and the reason.
 */
public record MembershipRequest(
        UUID caseId,
        @Size(max = CaseBatchWriter.MAX_CASES) List<@NotNull UUID> caseIds,
        @Size(max = CaseBatchWriter.MAX_CASES) List<@NotBlank @Size(max = 100) String> serviceNumbers,
        @Size(max = 2000) String source,
        UUID sourceId,
        @NotBlank @Size(max = 2000) String reason) {

    public NamedLists.Change change() {
        List<UUID> cases = new ArrayList<>();
        if (caseId != null) {
            cases.add(caseId);
        }
        if (caseIds != null) {
            cases.addAll(caseIds);
        }
        return new NamedLists.Change(cases, serviceNumbers, source, sourceId, reason);
    }
}
