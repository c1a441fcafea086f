package org.fullaccounting.api.application.reports;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.reports.api.AssessCorrelationCommand;
import org.fullaccounting.casefile.reports.api.CorrelateCaseCommand;
import org.fullaccounting.casefile.reports.api.FileSightingReportCommand;
import org.fullaccounting.casefile.reports.api.SightingReportCommand;
import org.fullaccounting.projections.reports.QueuedCorrelation;
import org.fullaccounting.projections.reports.ReportView;
import org.fullaccounting.projections.reports.SightingReportQuery;
import org.fullaccounting.projections.sources.SourceQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Sighting reports of unnamed people for every entrance (API and pages). Caseworkers file them,
 * correlate them with cases and assess each correlation; caseworkers and auditors read them. A
 * family never reads a report (it may name other servicemen and its witness): it reads, in its own
 * case's history, only what CaseHistories lets through. Each write is one command in one
 * transaction; the reports' read model is written in it (a subscribing processor), so a report and
 * a correlation read back at once.
 */
@Service
public class SightingReports {

    public static final int MAX_RESULTS = 500;

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final SightingReportQuery query;
    private final SourceQuery sources;
    private final CaseReader cases;

    SightingReports(CommandGateway commands, TransactionTemplate transaction, SightingReportQuery query,
                    SourceQuery sources, CaseReader cases) {
        this.commands = commands;
        this.transaction = transaction;
        this.query = query;
        this.sources = sources;
        this.cases = cases;
    }

    /** Files a report under a new id; a source named must be in the register. */
    public ReportWritten file(FileSightingReportCommand filing, Authentication who) {
        requireCaseworker(who);
        if (filing.sourceId() != null && sources.find(filing.sourceId(), SourceQuery.Reader.staff()).isEmpty()) {
            throw Refusal.invalidParameter("sourceId", "names no source in the register: " + filing.sourceId());
        }
        UUID reportId = UUID.randomUUID();
        return send(new FileSightingReportCommand(reportId, filing.observedOn(), filing.reportedOn(), filing.place(),
                filing.sourceKind(), filing.witness(), filing.description(), filing.sourceId()));
    }

    /** Correlates the report with a case that must exist; each case at most once (the aggregate's rule). */
    public ReportWritten correlate(UUID reportId, UUID caseId, Assessment assessment, String reason,
                                   Authentication who) {
        requireCaseworker(who);
        requireKnown(reportId);
        if (caseId != null && cases.current(caseId).isEmpty()) {
            throw Refusal.invalidParameter("caseId", "names no known case: " + caseId);
        }
        return send(new CorrelateCaseCommand(reportId, caseId, assessment, reason));
    }

    /** Assesses one correlation anew; the other cases' correlations stay as they are. */
    public ReportWritten assess(UUID reportId, UUID caseId, Assessment assessment, String reason,
                                Authentication who) {
        requireCaseworker(who);
        requireKnown(reportId);
        return send(new AssessCorrelationCommand(reportId, caseId, assessment, reason));
    }

    public List<ReportView> list(int limit, Authentication who) {
        requireStaff(who);
        return query.list(Math.min(limit, MAX_RESULTS));
    }

    public ReportPage read(UUID reportId, Authentication who) {
        requireStaff(who);
        ReportView report = query.find(reportId).orElseThrow(Refusal::unknownReport);
        return new ReportPage(report, query.correlations(reportId));
    }

    /** Correlations still UNRESOLVED, oldest report first. */
    public List<QueuedCorrelation> queue(int limit, Authentication who) {
        requireStaff(who);
        return query.unresolvedQueue(Math.min(limit, MAX_RESULTS));
    }

    private void requireKnown(UUID reportId) {
        if (query.find(reportId).isEmpty()) {
            throw Refusal.unknownReport();
        }
    }

    private static void requireCaseworker(Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER)) {
            throw new AccessDeniedException("caseworkers file and correlate sighting reports");
        }
    }

    private static void requireStaff(Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER) && !Roles.has(who, Roles.AUDITOR)) {
            throw new AccessDeniedException("sighting reports are for caseworkers and auditors");
        }
    }

    private ReportWritten send(SightingReportCommand command) {
        Long version = transaction.execute(status -> commands.sendAndWait(command));
        return new ReportWritten(command.reportId(), version == null ? 0 : version);
    }
}
