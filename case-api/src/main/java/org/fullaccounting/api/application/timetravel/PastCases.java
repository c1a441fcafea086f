package org.fullaccounting.api.application.timetravel;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.projections.caseheader.CaseHeader;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The case's header as it was recorded at a past instant: its events up to then (from the event
 * store, never a snapshot), folded by the same pure fold the header read model keeps
 * ({@link org.fullaccounting.casefile.CaseSummary#apply}). Nothing is applied to the store.
 */
public final class PastCases {

    private PastCases() {
    }

    /** Empty when the case did not exist yet at {@code asOf}. */
    public static Optional<CaseHeader> at(EventStore events, UUID caseId, Instant asOf) {
        return CaseHeader.fold(RecordedEvents.payloads(RecordedEvents.upTo(events, caseId, asOf)));
    }

    /** The case as its events stand now, for a case the header read model does not hold. */
    public static Optional<CaseHeader> now(EventStore events, UUID caseId) {
        return CaseHeader.fold(RecordedEvents.payloads(RecordedEvents.before(events, caseId, Long.MAX_VALUE)));
    }
}
