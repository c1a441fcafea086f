package org.fullaccounting.api.web.cases;


import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.api.application.cases.CaseView;
import org.fullaccounting.api.application.cases.CaseCommands;
import org.fullaccounting.api.application.cases.CaseQueries;
import org.fullaccounting.api.application.cases.ETags;
import org.fullaccounting.api.application.cases.FamilyCaseView;
import org.fullaccounting.api.application.cases.Written;
import org.fullaccounting.api.web.cases.requests.OpenCaseRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.fullaccounting.api.web.cases.requests.*;
import org.fullaccounting.casefile.api.*;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.*;

import java.net.URI;
import java.util.UUID;


/**
 * The caseworker API: open a case, add entries to it, read its current state. Each write is one
 * command; entry ids are made here so the domain stays free of randomness.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Open cases and record what happens to them")
public class CaseController {

    static final String IDEMPOTENCY_KEY = CaseCommands.IDEMPOTENCY_KEY;

    private final CaseCommands commands;
    private final CaseQueries queries;

    CaseController(CaseCommands commands, CaseQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    /** The context every write shares: headers, caller, request id. */
    private record Call(Authentication who, HttpServletRequest http, String ifMatch, String idempotencyKey) {
    }

    @PostMapping
    @Operation(summary = "Open a case", description = "A service number can open only one case; "
            + "a second attempt answers 409 naming the existing case.")
    public ResponseEntity<Written> open(@Valid @RequestBody OpenCaseRequest body, Authentication who,
                                        HttpServletRequest http,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        Written written = commands.open(body::command, who, idempotency(http, key, body));
        return created(written, URI.create("/api/cases/" + written.caseId()));
    }

    @GetMapping("/{caseId}")
    @Operation(summary = "The case as it stands now", description = "The ETag carries the version; "
            + "send it back as If-Match on a write to refuse overwriting a newer case. Family accounts get "
            + "the FamilyCaseView: identity, loss and status only, no version, ETag or counts.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(anyOf = {CaseView.class,
            FamilyCaseView.class})))
    public ResponseEntity<?> get(@PathVariable UUID caseId,
                                        @Parameter(description = "an ISO-8601 instant: the case exactly as recorded then, "
                                                + "folded from the event store")
                                        @RequestParam(required = false) java.time.Instant asOf,
                                        @Parameter(description = "an ISO-8601 day (1970-01-01): the status, designations "
                                                + "and counts that held in the world on that day, by the entries "
                                                + "recorded now (or at asOf); an entry holds from the earliest day "
                                                + "its date can mean, entries of one day in recording order")
                                        @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate validAt,
                                        Authentication who) {
        CaseReader.Current current = queries.read(caseId, asOf, validAt, who);
        if (CaseQueries.familyView(who)) {
            // No ETag: the version counts entries a family may not see, and families do not write.
            return ResponseEntity.ok().body(FamilyCaseView.of(current));
        }
        return ResponseEntity.ok().eTag(ETags.of(current.version())).body(CaseView.of(current));
    }

    @PostMapping("/{caseId}/sightings")
    @Operation(summary = "Report a sighting", description = "observedOn and reportedOn are separate: "
            + "a 1979 sighting may be reported in 1982.")
    public ResponseEntity<Written> reportSighting(@PathVariable UUID caseId, @Valid @RequestBody SightingRequest body,
                                                  Authentication who, HttpServletRequest http,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/sightings/{sightingId}/assessments")
    @Operation(summary = "Assess a sighting", description = "A later assessment supersedes the earlier one.")
    public ResponseEntity<Written> assessSighting(@PathVariable UUID caseId, @PathVariable UUID sightingId,
                                                  @Valid @RequestBody AssessmentRequest body,
                                                  Authentication who, HttpServletRequest http,
                                                  @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                  @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key),
                (c, entryId, expected) -> body.command(c, sightingId, entryId, expected));
    }

    @PostMapping("/{caseId}/reclassifications")
    @Operation(summary = "Reclassify the case's status", description = "The new status must differ from "
            + "the current one; authority and source are required.")
    public ResponseEntity<Written> reclassify(@PathVariable UUID caseId,
                                              @Valid @RequestBody ReclassificationRequest body,
                                              Authentication who, HttpServletRequest http,
                                              @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                              @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/correspondence")
    @Operation(summary = "Log correspondence", description = "A letter, memorandum, telegram, call or "
            + "meeting about the case; restricted items are hidden from family accounts.")
    public ResponseEntity<Written> logCorrespondence(@PathVariable UUID caseId,
                                                     @Valid @RequestBody CorrespondenceRequest body,
                                                     Authentication who, HttpServletRequest http,
                                                     @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                     @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/captivity")
    @Operation(summary = "Record a capture, an internment or a transfer", description = "kind decides the "
            + "fields: CAPTURED (on, place, by), INTERNED (camp, place, on), TRANSFERRED (destination, on).")
    public ResponseEntity<Written> recordCaptivity(@PathVariable UUID caseId,
                                                   @Valid @RequestBody CaptivityRequest body,
                                                   Authentication who, HttpServletRequest http,
                                                   @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/remains")
    @Operation(summary = "Record remains recovered or identified", description = "Identification "
            + "accounts for the case and needs a recorded recovery first.")
    public ResponseEntity<Written> recordRemains(@PathVariable UUID caseId, @Valid @RequestBody RemainsRequest body,
                                                 Authentication who, HttpServletRequest http,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/notes")
    @Operation(summary = "Add an internal note", description = "Never shown to family accounts.")
    public ResponseEntity<Written> addNote(@PathVariable UUID caseId, @Valid @RequestBody NoteRequest body,
                                           Authentication who, HttpServletRequest http,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/corrections")
    @Operation(summary = "Retract or correct an earlier entry", description = "Nothing is deleted: a retracted "
            + "entry stays in the history, marked retracted with the reason; a correction stands beside the original.")
    public ResponseEntity<Written> correct(@PathVariable UUID caseId, @Valid @RequestBody CorrectionRequest body,
                                           Authentication who, HttpServletRequest http,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/last-seen-alive")
    @Operation(summary = "Designate or remove Last Seen Alive", description = "designated false removes the "
            + "designation; a source and a reason are required either way.")
    public ResponseEntity<Written> lastSeenAlive(@PathVariable UUID caseId,
                                                 @Valid @RequestBody LastSeenAliveRequest body,
                                                 Authentication who, HttpServletRequest http,
                                                 @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/presumptive-findings")
    @Operation(summary = "Record a presumptive finding of death", description = "For a serviceman missing in action "
            + "or a prisoner of war: his status becomes MISSING_PRESUMED_DEAD from foundOn; presumedDeathOn may not "
            + "be after foundOn (400 PRESUMED_DEATH_AFTER_FINDING); any other status is 409 NOT_IN_MISSING_STATUS. "
            + "source (text) or sourceId (a registered source, with an optional locator) or both.")
    public ResponseEntity<Written> presumptiveFinding(@PathVariable UUID caseId,
                                                      @Valid @RequestBody PresumptiveFindingRequest body,
                                                      Authentication who, HttpServletRequest http,
                                                      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/non-recoverable-designations")
    @Operation(summary = "Designate the case non-recoverable", description = "An analytic conclusion, not a status; "
            + "once at a time (409 ALREADY_NON_RECOVERABLE), never for a case accounted for. source (text) or sourceId "
            + "(a registered source, with an optional locator) or both.")
    public ResponseEntity<Written> designateNonRecoverable(@PathVariable UUID caseId,
                                                           @Valid @RequestBody NonRecoverableRequest body,
                                                           Authentication who, HttpServletRequest http,
                                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    @PostMapping("/{caseId}/non-recoverable-reopenings")
    @Operation(summary = "Reopen a non-recoverable designation", description = "Only a designated case "
            + "(409 NOT_NON_RECOVERABLE); reopenedOn not before the designation (400 REOPENED_BEFORE_DESIGNATION). "
            + "source (text) or sourceId (a registered source, with an optional locator) or both.")
    public ResponseEntity<Written> reopenNonRecoverable(@PathVariable UUID caseId,
                                                        @Valid @RequestBody ReopeningRequest body,
                                                        Authentication who, HttpServletRequest http,
                                                        @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        return write(caseId, body, new Call(who, http, ifMatch, key), body);
    }

    private ResponseEntity<Written> write(UUID caseId, Object body, Call call, EntryRequest entry) {
        Written written = commands.record(caseId, entry::command, call.ifMatch(), call.who(),
                idempotency(call.http(), call.idempotencyKey(), body));
        return created(written, null);
    }

    private static CaseCommands.Idempotency idempotency(HttpServletRequest http, String key, Object body) {
        return new CaseCommands.Idempotency(key, http.getMethod(), http.getRequestURI(), body);
    }

    private static ResponseEntity<Written> created(Written written, URI location) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.CREATED)
                .eTag(ETags.of(written.version()));
        if (location != null) {
            response.location(location);
        }
        return response.body(written);
    }
}
