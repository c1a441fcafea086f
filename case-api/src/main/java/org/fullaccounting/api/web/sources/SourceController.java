package org.fullaccounting.api.web.sources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.sources.SourcePage;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.api.application.sources.SourceWritten;
import org.fullaccounting.api.web.QueryParameters;
import org.fullaccounting.api.web.sources.requests.SourceCorrectionRequest;
import org.fullaccounting.api.web.sources.requests.SourceLinkRequest;
import org.fullaccounting.api.web.sources.requests.SourceRequest;
import org.fullaccounting.projections.sources.SourceView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The source register: documents that cases cite, each possibly concerning many cases. */
@RestController
@RequestMapping("/api/sources")
@Tag(name = "Sources", description = "The register of documents (memoranda, letters, court orders, hearings ...) "
        + "that case entries cite, each linked to the cases it concerns")
public class SourceController {

    private final SourceRegister register;

    SourceController(SourceRegister register) {
        this.register = register;
    }

    @PostMapping
    @Operation(summary = "Register a source", description = "Caseworkers only. kind and title are required; "
            + "date is as the document gives it and may be a range (1953-08-05/1953-09-06). A restricted source "
            + "is never shown to family accounts.")
    public ResponseEntity<SourceWritten> register(@Valid @RequestBody SourceRequest body, Authentication who) {
        SourceWritten written = register.register(body.description(), who);
        return ResponseEntity.created(URI.create("/api/sources/" + written.sourceId())).body(written);
    }

    @GetMapping
    @Operation(summary = "Search the register", description = "q: words of the title, archive reference, "
            + "authors or parties, tolerant of spelling (trigram word similarity); blank lists every source by date. "
            + "Family accounts see only unrestricted sources linked to their own cases, as FamilySourceView.")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(anyOf = {
            SourceView.class, FamilySourceView.class}))))
    public List<?> search(@RequestParam(required = false) @QueryParameters.Text String q,
                          @RequestParam(defaultValue = "50") @QueryParameters.PageSize int limit,
                          Authentication who) {
        List<SourceView> found = register.search(q, limit, who);
        if (AccessPolicy.familyView(who)) {
            return found.stream().map(s -> FamilySourceView.of(s, register.visibleCases(s.sourceId(), who), List.of())).toList();
        }
        return found;
    }

    @GetMapping("/{sourceId}")
    @Operation(summary = "One source with the cases it is linked to", description = "Only the cases the reader "
            + "may see. A family gets 404 for a restricted source or one linked to none of its cases, exactly as "
            + "for a source that does not exist. Every read is in the access log.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(anyOf = {SourcePage.class,
            FamilySourceView.class})))
    public Object read(@PathVariable UUID sourceId, Authentication who) {
        SourcePage page = register.read(sourceId, who);
        return AccessPolicy.familyView(who) ? FamilySourceView.of(page) : page;
    }

    @PostMapping("/{sourceId}/corrections")
    @Operation(summary = "Correct a source's description", description = "The description in full as it should "
            + "read, with a reason; the earlier one stays in the source's events. 409 SAME_DESCRIPTION when "
            + "nothing changes.")
    public ResponseEntity<SourceWritten> correct(@PathVariable UUID sourceId,
                                                 @Valid @RequestBody SourceCorrectionRequest body, Authentication who) {
        return ResponseEntity.status(201).body(register.correct(sourceId, body.description(), body.reason(), who));
    }

    @PostMapping("/{sourceId}/cases")
    @Operation(summary = "Link a source to the cases it concerns", description = "Every case must exist; a "
            + "source is linked to a case at most once (409 ALREADY_LINKED).")
    public ResponseEntity<SourceWritten> link(@PathVariable UUID sourceId, @Valid @RequestBody SourceLinkRequest body,
                                              Authentication who) {
        return ResponseEntity.status(201).body(register.linkToCases(sourceId, body.caseIds(), body.reason(), who));
    }
}
