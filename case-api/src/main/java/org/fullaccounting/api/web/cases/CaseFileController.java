package org.fullaccounting.api.web.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/**
 * The case file as a PDF: from the API, and from the buttons of the caseworker's and the family's
 * case pages (their own addresses, signed in by the pages' session; WebSecurityConfig gives /cases/**
 * to caseworkers and auditors, /family/** to families). All three are the one renderer.
 */
@RestController
@Tag(name = "Cases")
public class CaseFileController {

    static final String PDF = "application/pdf";

    private final CaseFilePdf pdf;

    CaseFileController(CaseFilePdf pdf) {
        this.pdf = pdf;
    }

    @GetMapping(value = "/api/cases/{caseId}/case-file.pdf", produces = PDF)
    @Operation(summary = "The case file as a PDF, as this reader may see it",
            description = "Identity, status history, the timeline in plain language and the sources, with embedded "
                    + "fonts and extractable text. A family's edition is built from the family views only (no restricted "
                    + "entry or field). 404 for a case the reader may not read; every download is in the access log.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = PDF,
                    schema = @Schema(type = "string", format = "binary"))))
    public ResponseEntity<byte[]> caseFile(@PathVariable UUID caseId, Authentication who) {
        return pdf.download(caseId, who);
    }

    @GetMapping({"/cases/{caseId}/case-file.pdf", "/family/cases/{caseId}/case-file.pdf"})
    public ResponseEntity<byte[]> caseFileFromPage(@PathVariable UUID caseId, Authentication who) {
        return pdf.download(caseId, who);
    }
}
