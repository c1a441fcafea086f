package org.fullaccounting.api.web.findings;

import org.fullaccounting.projections.findings.FindingView;

import java.util.List;
import java.util.UUID;

/**
 * A finding as a family reads it, by allow-list: what it was, by whom, when, its source as cited and
 * the status it gave, and of its cases only the family's own. Never another case, a registered
 * source's id (it may be restricted), or who recorded it.
 */
public record FamilyFindingView(UUID findingId, String title, String by, String date, String source, String to,
                                List<OwnCase> cases) {

    public record OwnCase(UUID caseId, String name) {
    }

    public static FamilyFindingView of(FindingView finding) {
        return new FamilyFindingView(finding.findingId(), finding.title(), finding.by(), finding.date(),
                finding.source(), finding.to(),
                finding.cases().stream().map(c -> new OwnCase(c.caseId(), c.name())).toList());
    }
}
