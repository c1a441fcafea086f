package org.fullaccounting.api.web.audit;

import org.fullaccounting.api.application.refusals.Refusal;

import org.fullaccounting.api.application.audit.AccessLog;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

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

    AuditController(AuditEvents events, EventChain chain, AccessLog accessLog, AccessPolicy access, ObjectMapper json) {
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
