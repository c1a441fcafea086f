package org.fullaccounting.api.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.fullaccounting.api.application.admin.ArchiveRestore;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.UUID;

/** Restoring an auditor's archive into an empty installation (SecurityConfig: /api/admin/** is ADMIN only). */
@RestController
@Tag(name = "Admin: restore", description = "An auditor's archive restored into an empty installation")
public class RestoreController {

    static final String NDJSON = "application/x-ndjson";

    private final ArchiveRestore restores;

    RestoreController(ArchiveRestore restores) {
        this.restores = restores;
    }

    @PostMapping(value = "/api/admin/restore", consumes = NDJSON)
    @Operation(summary = "Restore an auditor's archive (GET /api/audit/export) into an empty installation",
            description = "The archive is read (streamed) into staging; a malformed or truncated one is refused with "
                    + "400 INVALID_ARCHIVE naming the line, and nothing is restored. 409 INSTALLATION_NOT_EMPTY if the "
                    + "event store holds anything or another restore is under way. Then 202 with Location: every event "
                    + "is appended again with its original identifiers, sequence, position, time stamp and metadata, "
                    + "the read models are rebuilt, and every case's chain head is compared with the manifest's "
                    + "(DONE when all equal, FAILED otherwise, naming the cases). Accounts are not part of an archive.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = NDJSON,
            schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<ArchiveRestore.Status> restore(HttpServletRequest request, Principal who) throws IOException {
        UUID restoreId = restores.receive(request.getInputStream(), who.getName());
        return ResponseEntity.accepted().location(URI.create("/api/admin/restore/" + restoreId))
                .body(restores.status(restoreId));
    }

    @GetMapping("/api/admin/restore/{id}")
    @Operation(summary = "A restore's progress: RECEIVING, APPLYING, REBUILDING, DONE or FAILED",
            description = "Events received, applied; cases rebuilt; heads matching and differing (the differing cases "
                    + "listed, up to 1000); the streaming read models as this node sees them. Kept in PostgreSQL: any "
                    + "node answers. 404 UNKNOWN_RESTORE for an unknown id.")
    public ArchiveRestore.Status status(@PathVariable UUID id) {
        return restores.status(id);
    }
}
