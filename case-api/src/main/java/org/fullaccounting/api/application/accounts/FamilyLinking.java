package org.fullaccounting.api.application.accounts;

import org.fullaccounting.api.application.refusals.Refusal;

import org.fullaccounting.api.application.access.Roles;

import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.api.application.cases.CaseCommands;
import org.fullaccounting.api.application.cases.Written;
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

    private final CaseCommands commands;
    private final CaseReader reader;
    private final Accounts accounts;

    FamilyLinking(CaseCommands commands, CaseReader reader, Accounts accounts) {
        this.commands = commands;
        this.reader = reader;
        this.accounts = accounts;
    }

    public Written link(String username, UUID caseId, String reason, Authentication who) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalidParameter("reason", "is required");
        }
        if (!accounts.hasRole(username, Roles.FAMILY)) {
            throw Refusal.invalidParameter("username", "must name an existing account with the FAMILY role");
        }
        requireCase(caseId);
        return commands.recordFamilyLink(caseId, (c, entryId, expected) ->
                new LinkFamilyMemberCommand(c, entryId, username, reason, expected), who);
    }

    public Written unlink(String username, UUID caseId, String reason, Authentication who) {
        if (reason == null || reason.isBlank()) {
            throw Refusal.invalidParameter("reason", "is required: say why the link ends");
        }
        requireCase(caseId);
        return commands.recordFamilyLink(caseId, (c, entryId, expected) ->
                new UnlinkFamilyMemberCommand(c, entryId, username, reason, expected), who);
    }

    private void requireCase(UUID caseId) {
        reader.current(caseId).orElseThrow(() -> Refusal.unknownCase(caseId));
    }
}
