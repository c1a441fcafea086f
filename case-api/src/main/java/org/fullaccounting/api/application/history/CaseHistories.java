package org.fullaccounting.api.application.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.timetravel.RecordedEvents;
import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.FamilyHistory;
import org.fullaccounting.projections.history.HistoryQuery;
import org.fullaccounting.projections.history.Timeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case's history, for the API, the case page, the family page and the audit page: now from the
 * read model (optionally waiting for a version the caller wrote), or as recorded at an instant,
 * folded from the event store.
 *
 * <p>{@link #forReader} is a read of its own and passes the access policy. The other methods
 * serve pages that have already passed it for the same read (with CaseQueries), so one page view
 * logs one read.
 */
@Service
public class CaseHistories {

    private final HistoryQuery history;
    private final EventStore events;
    private final AccessPolicy access;
    private final Duration patience;

    CaseHistories(HistoryQuery history, EventStore events, AccessPolicy access,
                  @Value("${fa.read.wait-for-version:PT2S}") Duration patience) {
        this.history = history;
        this.events = events;
        this.access = access;
        this.patience = patience;
    }

    /** The history as this reader may see it: families get the allow-listed FamilyHistory. */
    public Object forReader(UUID caseId, Long minVersion, Instant asOf, Authentication who)
            throws InterruptedException {
        access.requireReadable(caseId, who);
        requireValid(minVersion, asOf);
        if (AccessPolicy.familyView(who)) {
            // Families do not write, so they have no version to wait for; waiting, or answering 503
            // with the version reached, would tell them how many entries exist, hidden ones included.
            return FamilyHistory.of(timeline(caseId, null, asOf));
        }
        return timeline(caseId, minVersion, asOf);
    }

    /** The read model's history now; empty (version 0) when it has not applied the case yet. */
    public CaseHistory current(UUID caseId) {
        return history.history(caseId).orElse(new CaseHistory(caseId, 0, null, List.of()));
    }

    /** The history exactly as recorded at {@code at}: later entries absent, later retractions not applied. */
    public CaseHistory asRecorded(UUID caseId, Instant at) {
        return Timeline.fold(caseId, at, RecordedEvents.forHistory(RecordedEvents.upTo(events, caseId, at)));
    }

    /** Waits, up to {@code wait}, for the read model to reach {@code version}; returns the version reached. */
    public long awaitVersion(UUID caseId, long version, Duration wait) throws InterruptedException {
        return history.awaitVersion(caseId, version, wait);
    }

    /** Checks that depend on the parameters only, so they answer alike for every case and caller. */
    private static void requireValid(Long minVersion, Instant asOf) {
        if (asOf != null && minVersion != null) {
            throw Refusal.invalidParameter("minVersion", "cannot be combined with asOf");
        }
        if (minVersion != null && minVersion < 1) {
            throw Refusal.invalidParameter("minVersion", "must be 1 or more");
        }
    }

    private CaseHistory timeline(UUID caseId, Long minVersion, Instant asOf) throws InterruptedException {
        if (asOf != null) {
            List<DomainEventMessage<?>> recorded = RecordedEvents.upTo(events, caseId, asOf);
            if (recorded.isEmpty()) {
                throw Refusal.unknownCase(caseId);
            }
            return Timeline.fold(caseId, asOf, RecordedEvents.forHistory(recorded));
        }
        if (minVersion != null) {
            requireWritten(caseId, minVersion);
            long reached = history.awaitVersion(caseId, minVersion, patience);
            if (reached < minVersion) {
                throw Refusal.readModelBehind(minVersion, reached);
            }
        }
        return history.history(caseId).orElseGet(() -> {
            if (isUnknown(caseId)) {
                throw Refusal.unknownCase(caseId);
            }
            // Opened a moment ago, not applied here yet: an empty history, version 0.
            return new CaseHistory(caseId, 0, null, List.of());
        });
    }

    /**
     * A version no write has reached yet will not arrive by waiting: 400 at once rather than 503
     * after the wait, which would tell the caller to retry for ever.
     */
    private void requireWritten(UUID caseId, long minVersion) {
        CaseVersion stored = CaseVersion.afterSequence(
                events.lastSequenceNumberFor(caseId.toString()).orElseThrow(() -> Refusal.unknownCase(caseId)));
        if (minVersion > stored.value()) {
            throw Refusal.invalidParameter("minVersion", "is beyond the case's latest version, " + stored);
        }
    }

    private boolean isUnknown(UUID caseId) {
        return events.lastSequenceNumberFor(caseId.toString()).isEmpty();
    }
}
