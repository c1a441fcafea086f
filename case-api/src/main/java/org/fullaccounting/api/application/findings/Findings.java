package org.fullaccounting.api.application.findings;

import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.cases.CaseBatchWriter;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.casefile.api.ApplyFindingCommand;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.Finding;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.familylinks.FamilyLinks;
import org.fullaccounting.projections.findings.FindingQuery;
import org.fullaccounting.projections.findings.FindingView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.UUID;

/**
 * Findings made for many cases at once (the Army's findings of death of 1954): caseworkers apply
 * one to a set of cases in one action, one entry per case sharing the finding's id, every case or
 * none (CaseBatchWriter); a finding that gives a status is held per case to the reclassification
 * rules. Staff read every finding; a family only one applied to its own case, with only that case.
 */
@Service
public class Findings {

    public static final int MAX_LATEST = 200;

    private final CaseBatchWriter batch;
    private final FindingQuery query;
    private final SourceRegister sources;
    private final FamilyLinks familyLinks;

    Findings(CaseBatchWriter batch, FindingQuery query, SourceRegister sources, FamilyLinks familyLinks) {
        this.batch = batch;
        this.query = query;
        this.sources = sources;
        this.familyLinks = familyLinks;
    }

    /** What a finding says, and the cases (by id or service number) it is applied to. */
    public record Application(String title, String by, HistoricalDate date, String source, UUID sourceId,
                              CaseStatus to, List<UUID> caseIds, List<String> serviceNumbers) {
    }

    public FindingWritten apply(Application finding, Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER)) {
            throw new AccessDeniedException("caseworkers record findings");
        }
        if (finding.sourceId() != null) {
            sources.requireRegistered(finding.sourceId());
        }
        List<UUID> caseIds = batch.resolve(finding.caseIds(), finding.serviceNumbers());
        Finding made = new Finding(UUID.randomUUID(), finding.title(), finding.by(), finding.date(), finding.source(),
                finding.sourceId(), finding.to());
        return new FindingWritten(made.findingId(), batch.writeAll(caseIds,
                caseId -> entryId -> new ApplyFindingCommand(caseId, entryId, made, null), () -> { }));
    }

    public FindingView read(UUID findingId, Authentication who) {
        return query.find(findingId, visibleCases(who)).orElseThrow(Refusal::unknownFinding);
    }

    /** The latest findings (staff only), newest first. */
    public List<FindingView> latest(Authentication who) {
        if (visibleCases(who) != null) {
            throw new AccessDeniedException("the list of findings is for caseworkers and auditors");
        }
        return query.latest(MAX_LATEST);
    }

    /** null: every case (staff); otherwise a family's own cases. */
    private List<UUID> visibleCases(Authentication who) {
        if (Roles.has(who, Roles.CASEWORKER) || Roles.has(who, Roles.AUDITOR)) {
            return null;
        }
        if (AccessPolicy.familyView(who)) {
            return familyLinks.casesOf(who.getName());
        }
        throw new AccessDeniedException("findings are for caseworkers, auditors and linked families");
    }
}
