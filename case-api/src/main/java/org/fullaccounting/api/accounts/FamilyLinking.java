package org.fullaccounting.api.accounts;

import org.fullaccounting.api.cases.CaseNotFound;
import org.fullaccounting.api.cases.CaseReader;
import org.fullaccounting.api.cases.CaseWriter;
import org.fullaccounting.api.cases.Written;
import org.fullaccounting.api.problems.InvalidParameter;
import org.fullaccounting.casefile.api.LinkFamilyMemberCommand;
import org.fullaccounting.casefile.api.UnlinkFamilyMemberCommand;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Linking and unlinking family accounts, for the admin API and the admin page alike: each is an
 * event on the case, carrying who did it (metadata) and why (the reason).
 */
@Component
public class FamilyLinking {

    private final CaseWriter writer;
    private final CaseReader reader;
    private final Accounts accounts;

    FamilyLinking(CaseWriter writer, CaseReader reader, Accounts accounts) {
        this.writer = writer;
        this.reader = reader;
        this.accounts = accounts;
    }

    public Written link(String username, UUID caseId, String reason, Authentication who, String requestId) {
        if (!accounts.hasRole(username, Roles.FAMILY)) {
            throw new InvalidParameter("username", "must name an existing account with the FAMILY role");
        }
        requireCase(caseId);
        UUID entryId = UUID.randomUUID();
        return writer.write(new CaseWriter.Write(new LinkFamilyMemberCommand(caseId, entryId, username, reason, null), null));
    }

    public Written unlink(String username, UUID caseId, String reason, Authentication who, String requestId) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidParameter("reason", "is required: say why the link ends");
        }
        requireCase(caseId);
        UUID entryId = UUID.randomUUID();
        return writer.write(new CaseWriter.Write(new UnlinkFamilyMemberCommand(caseId, entryId, username, reason, null), null));
    }

    private void requireCase(UUID caseId) {
        reader.current(caseId).orElseThrow(() -> CaseNotFound.of(caseId));
    }
}
