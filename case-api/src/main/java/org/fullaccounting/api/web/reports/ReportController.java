package org.fullaccounting.api.web.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fullaccounting.api.application.reports.ReportPage;
import org.fullaccounting.api.application.reports.ReportWritten;
import org.fullaccounting.api.application.reports.SightingReports;
import org.fullaccounting.api.web.QueryParameters;
import org.fullaccounting.api.web.reports.requests.CorrelationAssessmentRequest;
import org.fullaccounting.api.web.reports.requests.CorrelationRequest;
import org.fullaccounting.api.web.reports.requests.ReportRequest;
import org.fullaccounting.projections.reports.QueuedCorrelation;
import org.fullaccounting.projections.reports.ReportView;
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

/** Sighting reports of possibly several unnamed people, correlated with the cases they may concern. */
@RestController
@RequestMapping("/api/sighting-reports")
@Tag(name = "Sighting reports", description = "Reports of sightings of several unnamed people (Oprica's fifty "
        + "prisoners near Pyongyang, 1979), each correlated with cases and assessed for each case on its own. "
        + "Caseworkers and auditors only; a family reads a correlated report only in its own case's history.")
public class ReportController {

    private final SightingReports reports;

    ReportController(SightingReports reports) {
        this.reports = reports;
    }

    @PostMapping
    @Operation(summary = "File a sighting report", description = "Caseworkers only. observedOn and reportedOn "
            + "may be ranges (1996/1997); reportedOn may not lie certainly before observedOn. sourceId, when given, "
            + "must name a source in the register.")
    public ResponseEntity<ReportWritten> file(@Valid @RequestBody ReportRequest body, Authentication who) {
        ReportWritten written = reports.file(body.filing(), who);
        return ResponseEntity.created(URI.create("/api/sighting-reports/" + written.reportId())).body(written);
    }

    @GetMapping
    @Operation(summary = "Sighting reports, most recently recorded first", description = "Caseworkers and "
            + "auditors. Each with how many cases it is correlated with and how many of those are unresolved.")
    public List<ReportView> list(@RequestParam(defaultValue = "50") @QueryParameters.PageSize int limit,
                                 Authentication who) {
        return reports.list(limit, who);
    }

    @GetMapping("/queue")
    @Operation(summary = "Correlations waiting for a conclusion", description = "Correlations assessed "
            + "UNRESOLVED, oldest report first (by the date of the report, then of the sighting).")
    public List<QueuedCorrelation> queue(@RequestParam(defaultValue = "50") @QueryParameters.PageSize int limit,
                                         Authentication who) {
        return reports.queue(limit, who);
    }

    @GetMapping("/{reportId}")
    @Operation(summary = "One sighting report with its correlations", description = "Each correlated case with "
            + "its current assessment and every assessment in order.")
    public ReportPage read(@PathVariable UUID reportId, Authentication who) {
        return reports.read(reportId, who);
    }

    @PostMapping("/{reportId}/correlations")
    @Operation(summary = "Correlate the report with a case", description = "The case must exist; assessment as "
            + "for a sighting (CORRELATED, NOT_CORRELATED, UNRESOLVED, FABRICATED), with a reason. A report is "
            + "correlated with a case once (409 ALREADY_CORRELATED); assess the correlation anew instead.")
    public ResponseEntity<ReportWritten> correlate(@PathVariable UUID reportId,
                                                   @Valid @RequestBody CorrelationRequest body, Authentication who) {
        ReportWritten written = reports.correlate(reportId, body.caseId(), body.assessment(), body.reason(), who);
        return ResponseEntity.created(URI.create("/api/sighting-reports/" + reportId)).body(written);
    }

    @PostMapping("/{reportId}/correlations/{caseId}/assessments")
    @Operation(summary = "Assess one correlation anew", description = "As a sighting's assessment: a later "
            + "assessment supersedes the earlier, which stays in the report's events. The body is the assessment "
            + "and its reason only: the report cites its source when filed, so a sourceId or locator here is "
            + "400 MALFORMED_FIELD naming it, like any field the body does not take. 404 UNKNOWN_CORRELATION "
            + "when the report is not correlated with the case; 409 SAME_ASSESSMENT when nothing changes.")
    public ResponseEntity<ReportWritten> assess(@PathVariable UUID reportId, @PathVariable UUID caseId,
                                                @Valid @RequestBody CorrelationAssessmentRequest body, Authentication who) {
        return ResponseEntity.status(201).body(reports.assess(reportId, caseId, body.assessment(), body.reason(),
                who));
    }
}
