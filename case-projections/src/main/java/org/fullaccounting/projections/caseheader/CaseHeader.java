package org.fullaccounting.projections.caseheader;

import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.casefile.api.CaseVersion;

import java.util.List;
import java.util.Optional;

/** A case's header (the fold {@link CaseSummary}) and the version it was folded up to. */
public record CaseHeader(CaseSummary summary, CaseVersion version) {

    /** A case's events from its first, in order, folded; empty when there are none. */
    public static Optional<CaseHeader> fold(List<? extends CaseEvent> events) {
        if (events.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaseHeader(CaseSummary.fold(events), new CaseVersion(events.size())));
    }
}
