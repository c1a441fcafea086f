package org.fullaccounting.api.web.audit;

import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.application.refusals.Refusal;

import org.fullaccounting.api.application.audit.AccessLog;
import org.fullaccounting.api.application.audit.AuditEvents;
import org.fullaccounting.api.application.audit.EventChain;
import org.fullaccounting.api.application.history.CaseHistories;
import org.fullaccounting.api.application.cases.CaseQueries;
import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.projections.history.CaseHistory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.fullaccounting.api.application.audit.AuditArchive;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What auditors need: the raw event stream with its metadata, a case as recorded at a chosen
 * instant (the picker's local date and time are read as UTC, and the page says so) and as it stood in
 * the world on a chosen day by that record, the hash-chain
 * verification of that case, and the access log.
 */
@Controller
@PageController
public class AuditPages {

    private static final int PAGE = 50;

    private final AuditEvents events;
    private final EventChain chain;
    private final AccessLog accessLog;
    private final CaseQueries queries;
    private final CaseHistories histories;
    private final AuditArchive archives;

    AuditPages(AuditEvents events, EventChain chain, AccessLog accessLog, CaseQueries queries,
               CaseHistories histories, AuditArchive archives) {
        this.archives = archives;
        this.events = events;
        this.chain = chain;
        this.accessLog = accessLog;
        this.queries = queries;
        this.histories = histories;
    }

    @GetMapping("/audit")
    public String index() {
        return "redirect:/audit/events";
    }

    @GetMapping("/audit/events")
    public String events(@RequestParam(defaultValue = "0") long after, @RequestParam(required = false) String caseId,
                         Model model) {
        UUID id = uuid(caseId);
        List<AuditEvents.AuditEvent> page = events.page(Math.max(0, after), PAGE, id);
        model.addAttribute("events", page);
        model.addAttribute("after", after);
        model.addAttribute("caseId", id == null ? "" : id.toString());
        model.addAttribute("next", page.size() == PAGE ? page.get(page.size() - 1).position() : null);
        return "audit-events";
    }

    /** The page's entrance to the auditor's archive: the same service as GET /api/audit/export. */
    @GetMapping(value = "/audit/export", produces = "application/x-ndjson")
    public ResponseEntity<StreamingResponseBody> archive(Authentication who) {
        UUID archiveId = archives.begin(who.getName());
        StreamingResponseBody body = out -> archives.write(archiveId, out);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/x-ndjson"))
                .header("X-Archive-Id", archiveId.toString())
                .header("Content-Disposition", "attachment; filename=\"full-accounting-" + archiveId + ".ndjson\"")
                .body(body);
    }

    @GetMapping("/audit/cases/{caseId}")
    public String asOf(@PathVariable UUID caseId, @RequestParam(required = false) String asOf,
                       @RequestParam(required = false) String validAt, Authentication who, Model model) {
        Instant at = instant(asOf);
        if (asOf != null && !asOf.isBlank() && at == null) {
            model.addAttribute("asOfError", "Give a date and a time, such as 2027-03-01 09:30:00.");
        }
        LocalDate day = day(validAt);
        if (validAt != null && !validAt.isBlank() && day == null) {
            model.addAttribute("validAtError", "Give a day, such as 1970-01-01.");
        }
        Optional<CaseReader.Current> state = queries.readIfRecorded(caseId, at, day, who);
        CaseHistory timeline;
        if (at == null) {
            state.orElseThrow(() -> Refusal.unknownCase(caseId));
            timeline = histories.current(caseId);
        } else {
            timeline = histories.asRecorded(caseId, at);
            if (!chain.exists(caseId)) {
                throw Refusal.unknownCase(caseId);
            }
        }
        model.addAttribute("caseId", caseId);
        model.addAttribute("state", state.orElse(null));
        model.addAttribute("timeline", histories.validAt(timeline, day));
        model.addAttribute("validAt", day == null ? "" : day.toString());
        model.addAttribute("day", day);
        model.addAttribute("asOf", at == null ? "" : LocalDateTime.ofInstant(at, ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS).toString());
        model.addAttribute("at", at);
        model.addAttribute("verification", chain.verify(caseId));
        return "audit-case";
    }

    @GetMapping("/audit/access-log")
    public String accessLog(@RequestParam(required = false) String caseId,
                            @RequestParam(required = false) String user, Model model) {
        UUID id = uuid(caseId);
        String who = user == null || user.isBlank() ? null : user.trim();
        model.addAttribute("entries", accessLog.find(id, who, 200));
        model.addAttribute("caseId", id == null ? "" : id.toString());
        model.addAttribute("user", who == null ? "" : who);
        return "audit-access";
    }

    /** A datetime-local value ("2027-03-01T09:30" or with seconds), read as UTC; null when absent or malformed. */
    static Instant instant(String local) {
        if (local == null || local.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(local.trim()).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    /** A date input's value ("1970-01-01"); null when absent or malformed. */
    static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
