package org.fullaccounting.api.web.audit;

import org.fullaccounting.api.application.refusals.Refusal;

import org.fullaccounting.api.application.audit.AccessLog;
import org.fullaccounting.api.application.audit.ArchiveCheck;
import org.fullaccounting.api.application.audit.AuditArchive;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.api.application.audit.AuditEvents;
import org.fullaccounting.api.application.audit.EventChain;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import jakarta.servlet.http.HttpServletRequest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** AUDITOR only (see SecurityConfig): the raw stream, the hash chain, the access log. */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "Raw event stream, tamper evidence and access log (AUDITOR)")
public class AuditController {

    static final String NDJSON = "application/x-ndjson";

    private final AuditEvents events;
    private final EventChain chain;
    private final AccessLog accessLog;
    private final AccessPolicy access;
    private final ObjectMapper json;
    private final AuditArchive archives;
    private final ArchiveCheck archiveCheck;

    AuditController(AuditEvents events, EventChain chain, AccessLog accessLog, AccessPolicy access, ObjectMapper json,
                    AuditArchive archives, ArchiveCheck archiveCheck) {
        this.archives = archives;
        this.archiveCheck = archiveCheck;
        this.events = events;
        this.chain = chain;
        this.accessLog = accessLog;
        this.access = access;
        this.json = json;
    }

    public record EventPage(List<AuditEvents.AuditEvent> events, long next) {
    }

    @GetMapping(value = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The raw event stream in order, a page at a time",
            description = "Pass the page's `next` as `after` for the following page. Ask for application/x-ndjson "
                    + "to export everything after `after` as one event per line.")
    public EventPage page(@Parameter(description = "a position: 0 or more") @RequestParam(required = false) Long after,
                          @Parameter(schema = @Schema(type = "integer", format = "int32", minimum = "1",
                                  maximum = "10000", defaultValue = "100"))
                          @RequestParam(required = false) Integer limit,
                          @RequestParam(required = false) UUID caseId) {
        long from = position(after);
        List<AuditEvents.AuditEvent> page = events.page(from, Refusal.within("limit", limit, 1, 10_000, 100),
                caseId);
        return new EventPage(page, page.isEmpty() ? from : page.get(page.size() - 1).position());
    }

    @GetMapping(value = "/events", produces = NDJSON)
    public ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) Long after,
                                                        @RequestParam(required = false) UUID caseId) {
        long from = position(after);
        StreamingResponseBody body = out -> events.stream(from, caseId, event -> writeLine(out, event));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON)).body(body);
    }

    @GetMapping(value = "/export", produces = NDJSON)
    @Operation(summary = "The auditor's archive: every event, then a manifest line",
            description = "Every stored event as /api/audit/events shows it, one per line, in order; the last line is "
                    + "{\"manifest\": {format, archiveId, exportedAt, events, lastPosition, cases: [{caseId, events, "
                    + "headHash}]}}. Streamed from a cursor (any size). The SHA-256 of the whole body is recorded when "
                    + "its last byte is written: GET /api/audit/export/manifest?archive=<X-Archive-Id>.")
    public ResponseEntity<StreamingResponseBody> archive(Authentication who) {
        UUID archiveId = archives.begin(who.getName());
        StreamingResponseBody body = out -> archives.write(archiveId, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(NDJSON))
                .header("X-Archive-Id", archiveId.toString())
                .header("Content-Disposition", "attachment; filename=\"full-accounting-" + archiveId + ".ndjson\"")
                .body(body);
    }

    @GetMapping("/export/manifest")
    @Operation(summary = "What was recorded of an archive: its SHA-256 and length once written in full",
            description = "complete is false (and sha256 null) while the archive is being written or if its "
                    + "download broke off.")
    public AuditArchive.Recorded archiveRecord(@Parameter(description = "the X-Archive-Id of GET /api/audit/export")
                                               @RequestParam UUID archive) {
        return archives.recorded(archive).orElseThrow(() -> Refusal.of(RefusalCode.UNKNOWN_ARCHIVE,
                "no archive " + archive + " was taken from this installation"));
    }

    @PostMapping(value = "/export/check", consumes = NDJSON)
    @Operation(summary = "Check a saved archive against the live system",
            description = "Send the whole archive (curl --data-binary @archive.ndjson). Names every case whose live "
                    + "chain no longer verifies, has fewer events, or whose head at the archive's last event differs "
                    + "(a rewritten chain), and every case at or before the archive's last position missing from it. "
                    + "Also the SHA-256 of the bytes received and the one recorded when the archive was written.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @io.swagger.v3.oas.annotations.media.Content(
            mediaType = NDJSON, schema = @Schema(type = "string", format = "binary")))
    public ArchiveCheck.Report checkArchive(HttpServletRequest request) throws IOException {
        return archiveCheck.check(request.getInputStream());
    }

    @GetMapping("/cases/{caseId}/verify")
    @Operation(summary = "Verify a case's hash chain", description = "valid, or the first event where the chain breaks")
    public EventChain.Verification verify(@PathVariable UUID caseId, Authentication who) {
        access.requireReadable(caseId, who);
        if (!chain.exists(caseId)) {
            throw Refusal.unknownCase(caseId);
        }
        return chain.verify(caseId);
    }

    @GetMapping("/access-log")
    @Operation(summary = "Who read which case, and failed sign-ins", description = "Newest first; filter by caseId and/or user")
    public List<AccessLog.Entry> accessLog(@RequestParam(required = false) UUID caseId,
                                           @RequestParam(required = false) String user,
                                           @Parameter(schema = @Schema(type = "integer", format = "int32",
                                                   minimum = "1", maximum = "10000", defaultValue = "100"))
                                           @RequestParam(required = false) Integer limit) {
        return accessLog.find(caseId, user, Refusal.within("limit", limit, 1, 10_000, 100));
    }

    private static long position(Long after) {
        if (after != null && after < 0) {
            throw Refusal.invalidParameter("after", "must be a position (0 or more)");
        }
        return after == null ? 0 : after;
    }

    private void writeLine(OutputStream out, AuditEvents.AuditEvent event) {
        try {
            out.write(json.writeValueAsBytes(event));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
