package org.fullaccounting.api.application.cases;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.api.application.timetravel.PastCases;
import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.projections.caseheader.CaseHeader;
import org.fullaccounting.projections.caseheader.CaseHeaderQuery;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a case's header. Now: from the case_header read model, which is written in the same
 * transaction as the case's events, so the version in the ETag is exactly the one If-Match is
 * checked against. As of a past instant: folded from the event store (PastCases).
 */
@Component
public class CaseReader {

    private final CaseHeaderQuery headers;
    private final EventStore events;

    CaseReader(CaseHeaderQuery headers, EventStore events) {
        this.headers = headers;
        this.events = events;
    }

    /** The state and its version (number of events recorded for the case). */
    public record Current(CaseSummary summary, long version) {

        static Current of(CaseHeader header) {
            return new Current(header.summary(), header.version().value());
        }
    }

    /** The case exactly as recorded at {@code asOf}. Empty when the case did not exist yet. */
    public Optional<Current> asOf(UUID caseId, Instant asOf) {
        return PastCases.at(events, caseId, asOf).map(Current::of);
    }

    /**
     * The case as it stands. A case no write has touched since the header read model came has no
     * row yet: it is folded from its events (exact as well), and its next write fills the row in.
     */
    public Optional<Current> current(UUID caseId) {
        return headers.find(caseId).or(() -> PastCases.now(events, caseId)).map(Current::of);
    }
}
