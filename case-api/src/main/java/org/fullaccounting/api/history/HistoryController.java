package org.fullaccounting.api.history;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.api.cases.CaseAccess;
import org.fullaccounting.api.cases.CaseNotFound;
import org.fullaccounting.api.problems.InvalidParameter;
import org.fullaccounting.api.reads.ReadModelBehind;
import org.fullaccounting.api.timetravel.RecordedEvents;
import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.FamilyHistory;
import org.fullaccounting.projections.history.HistoryQuery;
import org.fullaccounting.projections.history.Timeline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case's history in plain language, ordered by when things happened. Read from the history read
 * model; {@code minVersion} waits briefly until it has caught up with a write the caller made;
 * {@code asOf} answers from the event store instead, exactly as recorded at that instant.
 */
@RestController
@Tag(name = "History", description = "The timeline of a case, now or as recorded at a past instant")
public class HistoryController {

    private final HistoryQuery history;
    private final EventStore events;
    private final CaseAccess access;
    private final Duration patience;

    HistoryController(HistoryQuery history, EventStore events, CaseAccess access,
                      @Value("${fa.read.wait-for-version:PT2S}") Duration patience) {
        this.history = history;
        this.events = events;
        this.access = access;
        this.patience = patience;
    }

    @GetMapping("/api/cases/{caseId}/history")
    @Operation(summary = "The case's history", description = "Send minVersion = the version a write returned to "
            + "see that write: the answer waits up to 2 s for the read model, else 503 READ_MODEL_BEHIND with "
            + "Retry-After. asOf (an ISO-8601 instant) answers from the event store: the history exactly as it "
            + "was recorded then, later entries absent and later retractions not yet applied. Family accounts "
            + "get the FamilyHistory (allowed kinds and fields only, no version) and minVersion changes nothing "
            + "for them.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(oneOf = {CaseHistory.class,
            FamilyHistory.class})))
    public Object history(@PathVariable UUID caseId,
                          @Parameter(description = "wait until the history reflects this version")
                          @RequestParam(required = false) Long minVersion,
                          @Parameter(description = "e.g. 2027-03-01T00:00:00Z")
                          @RequestParam(required = false) Instant asOf,
                          Authentication who) throws InterruptedException {
        access.requireReadable(caseId, who);
        requireValid(minVersion, asOf);
        if (CaseAccess.familyView(who)) {
            // Families do not write, so they have no version to wait for; waiting, or answering 503
            // with the version reached, would tell them how many entries exist, hidden ones included.
            return FamilyHistory.of(timeline(caseId, null, asOf));
        }
        return timeline(caseId, minVersion, asOf);
    }

    /** Checks that depend on the parameters only, so they answer alike for every case and caller. */
    private static void requireValid(Long minVersion, Instant asOf) {
        if (asOf != null && minVersion != null) {
            throw new InvalidParameter("minVersion", "cannot be combined with asOf");
        }
        if (minVersion != null && minVersion < 1) {
            throw new InvalidParameter("minVersion", "must be 1 or more");
        }
    }

    /**
     * A version no write has reached yet will not arrive by waiting: 400 at once rather than 503
     * after the wait, which would tell the caller to retry for ever.
     */
    private void requireWritten(UUID caseId, long minVersion) {
        CaseVersion stored = CaseVersion.afterSequence(
                events.lastSequenceNumberFor(caseId.toString()).orElseThrow(() -> CaseNotFound.of(caseId)));
        if (minVersion > stored.value()) {
            throw new InvalidParameter("minVersion", "is beyond the case's latest version, " + stored);
        }
    }

    private CaseHistory timeline(UUID caseId, Long minVersion, Instant asOf) throws InterruptedException {
        if (asOf != null) {
            List<DomainEventMessage<?>> recorded = RecordedEvents.upTo(events, caseId, asOf);
            if (recorded.isEmpty()) {
                throw CaseNotFound.of(caseId);
            }
            return Timeline.fold(caseId, asOf, RecordedEvents.forHistory(recorded));
        }
        if (minVersion != null) {
            requireWritten(caseId, minVersion);
            long reached = history.awaitVersion(caseId, minVersion, patience);
            if (reached < minVersion) {
                throw new ReadModelBehind(minVersion, reached);
            }
        }
        return history.history(caseId).orElseGet(() -> {
            if (events.lastSequenceNumberFor(caseId.toString()).isEmpty()) {
                throw CaseNotFound.of(caseId);
            }
            // Opened a moment ago, not applied here yet: an empty history, version 0.
            return new CaseHistory(caseId, 0, null, List.of());
        });
    }
}
