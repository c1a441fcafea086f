package org.fullaccounting.api.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.cases.CaseNotFound;
import org.fullaccounting.api.cases.CaseReader;
import org.fullaccounting.api.cases.CaseWriter;
import org.fullaccounting.api.cases.Written;
import org.fullaccounting.api.config.RequestIds;
import org.fullaccounting.api.problems.InvalidParameter;
import org.fullaccounting.casefile.api.LinkFamilyMemberCommand;
import org.fullaccounting.casefile.api.UnlinkFamilyMemberCommand;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * ADMIN only (SecurityConfig): links a family account to a case, or unlinks it. Each is an event
 * on the case itself, with who did it (the event's metadata) and why (the reason).
 */
@RestController
@RequestMapping("/api/admin/family-links")
@Tag(name = "Accounts", description = "Accounts, roles and family links (ADMIN)")
public class FamilyLinkController {

    private final CaseWriter writer;
    private final CaseReader reader;
    private final Accounts accounts;

    FamilyLinkController(CaseWriter writer, CaseReader reader, Accounts accounts) {
        this.writer = writer;
        this.reader = reader;
        this.accounts = accounts;
    }

    public record NewLink(@NotBlank @Size(max = 100) String username, @NotNull UUID caseId,
                          @NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @Operation(summary = "Link a family account to a case", description = "Recorded as an event on the case.")
    public ResponseEntity<Written> link(@Valid @RequestBody NewLink link, Authentication who, HttpServletRequest http) {
        requireFamilyAccount(link.username(), "username");
        requireCase(link.caseId());
        UUID entryId = UUID.randomUUID();
        Written written = writer.write(new CaseWriter.Write(link.caseId(), entryId,
                new LinkFamilyMemberCommand(link.caseId(), entryId, link.username(), link.reason(), null), null,
                who, RequestIds.of(http), null));
        return ResponseEntity.status(HttpStatus.CREATED).body(written);
    }

    @DeleteMapping("/{username}/{caseId}")
    @Operation(summary = "Unlink a family account from a case", description = "reason is required. "
            + "Recorded as an event on the case.")
    public Written unlink(@PathVariable String username, @PathVariable UUID caseId,
                          @RequestParam(required = false) String reason, Authentication who, HttpServletRequest http) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidParameter("reason", "is required: say why the link ends");
        }
        requireCase(caseId);
        UUID entryId = UUID.randomUUID();
        return writer.write(new CaseWriter.Write(caseId, entryId,
                new UnlinkFamilyMemberCommand(caseId, entryId, username, reason, null), null, who,
                RequestIds.of(http), null));
    }

    private void requireFamilyAccount(String username, String field) {
        if (!accounts.hasRole(username, Roles.FAMILY)) {
            throw new InvalidParameter(field, "must name an existing account with the FAMILY role");
        }
    }

    private void requireCase(UUID caseId) {
        reader.current(caseId).orElseThrow(() -> CaseNotFound.of(caseId));
    }
}
