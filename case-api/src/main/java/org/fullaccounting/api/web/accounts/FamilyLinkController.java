package org.fullaccounting.api.web.accounts;

import org.fullaccounting.api.application.accounts.FamilyLinking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.application.cases.Written;
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

/** ADMIN only (SecurityConfig): links a family account to a case, or unlinks it. */
@RestController
@RequestMapping("/api/admin/family-links")
@Tag(name = "Accounts")
public class FamilyLinkController {

    private final FamilyLinking linking;

    FamilyLinkController(FamilyLinking linking) {
        this.linking = linking;
    }

    public record NewLink(@NotBlank @Size(max = 100) String username, @NotNull UUID caseId,
                          @NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping
    @Operation(summary = "Link a family account to a case", description = "Recorded as an event on the case.")
    public ResponseEntity<Written> link(@Valid @RequestBody NewLink link, Authentication who) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(linking.link(link.username(), link.caseId(), link.reason(), who));
    }

    @DeleteMapping("/{username}/{caseId}")
    @Operation(summary = "Unlink a family account from a case", description = "reason is required. "
            + "Recorded as an event on the case.")
    public Written unlink(@PathVariable String username, @PathVariable UUID caseId,
                          @RequestParam(required = false) String reason, Authentication who) {
        return linking.unlink(username, caseId, reason, who);
    }
}
