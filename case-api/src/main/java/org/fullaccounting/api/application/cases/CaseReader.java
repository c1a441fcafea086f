package org.fullaccounting.api.application.cases;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.DomainEventMessage;
import org.fullaccounting.api.application.timetravel.PastCases;
import org.fullaccounting.api.application.timetravel.RecordedEvents;
import org.fullaccounting.projections.validity.InForce;
import org.fullaccounting.projections.validity.ValidAt;
import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.projections.caseheader.CaseHeader;
import org.fullaccounting.projections.caseheader.CaseHeaderQuery;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    /**
     * The state and its version (number of events recorded for the case); {@code inForce}, when a
     * world date was asked for, what held on that date by the same events (null otherwise).
     */
    public record Current(CaseSummary summary, long version, InForce inForce) {

        static Current of(CaseHeader header) {
            return new Current(header.summary(), header.version().value(), null);
        }

        Current validAt(InForce inForce) {
            return new Current(summary, version, inForce);
        }
    }

    /** The case exactly as recorded at {@code asOf}. Empty when the case did not exist yet. */
    public Optional<Current> asOf(UUID caseId, Instant asOf) {
        return PastCases.at(events, caseId, asOf).map(Current::of);
    }

    /**
     * The case as recorded at {@code asOf} (null: now) with what held in the world on {@code validAt}
     * by those events. The events are read from the store in both cases, so the header and the world
     * view are of the same record.
     */
    public Optional<Current> validAt(UUID caseId, Instant asOf, LocalDate validAt) {
        List<DomainEventMessage<?>> recorded = asOf == null
                ? RecordedEvents.before(events, caseId, Long.MAX_VALUE)
                : RecordedEvents.upTo(events, caseId, asOf);
        return CaseHeader.fold(RecordedEvents.payloads(recorded)).map(Current::of)
                .map(current -> current.validAt(ValidAt.fold(RecordedEvents.forHistory(recorded), validAt)));
    }

    /**
     * The case as it stands. A case no write has touched since the header read model came has no
     * row yet: it is folded from its events (exact as well), and its next write fills the row in.
     */
    public Optional<Current> current(UUID caseId) {
        return headers.find(caseId).or(() -> PastCases.now(events, caseId)).map(Current::of);
    }
}
