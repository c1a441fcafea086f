package org.fullaccounting.api.web.findings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.findings.FindingWritten;
import org.fullaccounting.api.application.findings.Findings;
import org.fullaccounting.api.web.findings.requests.FindingRequest;
import org.fullaccounting.projections.findings.FindingView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Findings made for many cases at once, applied to each in one action. */
@RestController
@RequestMapping("/api/findings")
@Tag(name = "Findings", description = "Findings made for many cases at once (findings of death under the Missing "
        + "Persons Act, 1954), recorded on each case in one action")
public class FindingController {

    private final Findings findings;

    FindingController(Findings findings) {
        this.findings = findings;
    }

    @PostMapping
    @Operation(summary = "Apply a finding to many cases", description = "Caseworkers only. title, by, effect and "
            + "a source (text, a registered sourceId, or both); the cases by caseIds and/or serviceNumbers. effect "
            + "NOTE records the finding on each case; STATUS_CHANGE also gives each case the status 'to', as a "
            + "reclassification would (409 SAME_STATUS for a case that has it already). One entry per case sharing "
            + "the finding's id, all or none: a refused case refuses the whole request, naming it (field caseIds, "
            + "caseId), and nothing is written.")
    public ResponseEntity<FindingWritten> apply(@Valid @RequestBody FindingRequest body, Authentication who) {
        FindingWritten written = findings.apply(body.application(), who);
        return ResponseEntity.created(URI.create("/api/findings/" + written.findingId())).body(written);
    }

    @GetMapping
    @Operation(summary = "The latest findings", description = "Caseworkers and auditors; newest first, without "
            + "their cases.")
    public List<FindingView> latest(Authentication who) {
        return findings.latest(who);
    }

    @GetMapping("/{findingId}")
    @Operation(summary = "One finding with the cases it was applied to", description = "A family sees only its "
            + "own cases, and gets 404 for a finding applied to none of them, exactly as for one that does not exist.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(anyOf = {FindingView.class,
            FamilyFindingView.class})))
    public Object read(@PathVariable UUID findingId, Authentication who) {
        FindingView finding = findings.read(findingId, who);
        return AccessPolicy.familyView(who) ? FamilyFindingView.of(finding) : finding;
    }
}
