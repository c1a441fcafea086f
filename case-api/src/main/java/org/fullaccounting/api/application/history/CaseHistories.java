package org.fullaccounting.api.application.history;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.timetravel.PastCases;
import org.fullaccounting.api.application.timetravel.PastSources;
import org.fullaccounting.api.application.timetravel.RecordedEvents;
import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.FamilyHistory;
import org.fullaccounting.projections.history.HistoryQuery;
import org.fullaccounting.projections.history.SourceFacts;
import org.fullaccounting.projections.history.Timeline;
import org.fullaccounting.projections.validity.ValidAt;
import org.fullaccounting.projections.validity.WorldDates;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.projections.caseheader.CaseHeader;
import org.fullaccounting.projections.caseheader.CaseHeaderQuery;
import org.fullaccounting.projections.reports.CaseReport;
import org.fullaccounting.projections.reports.ReportsInHistory;
import org.fullaccounting.projections.reports.SightingReportQuery;
import org.fullaccounting.projections.sources.SourceQuery;
import org.fullaccounting.projections.sources.SourceView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A case's history, for the API, the case page, the family page and the audit page: now (from the
 * read model, or from the event store while the model is behind the case), or as recorded at an
 * instant, folded from the event store; either one cut at a world date ({@code validAt}).
 *
 * <p>{@link #forReader} is a read of its own and passes the access policy. The other methods
 * serve pages that have already passed it for the same read (with CaseQueries), so one page view
 * logs one read.
 *
 * <p>Every history read here includes the sighting reports correlated with the case (their own
 * aggregate, ReportsInHistory): in full for staff; for a family only in the case's own words, from
 * an allow-list. They do not change the case's version, which counts the case's events.
 */
@Service
public class CaseHistories {

    private static final Logger log = LoggerFactory.getLogger(CaseHistories.class);

    private final HistoryQuery history;
    private final SourceQuery sources;
    private final EventStore events;
    private final AccessPolicy access;
    private final Duration patience;
    private final SightingReportQuery reports;
    private final CaseHeaderQuery headers;

    CaseHistories(HistoryQuery history, SourceQuery sources, EventStore events, AccessPolicy access,
                  @Value("${fa.read.wait-for-version:PT2S}") Duration patience, SightingReportQuery reports,
                  CaseHeaderQuery headers) {
        this.reports = reports;
        this.headers = headers;
        this.history = history;
        this.sources = sources;
        this.events = events;
        this.access = access;
        this.patience = patience;
    }

    /** The history as this reader may see it: families get the allow-listed FamilyHistory. */
    public Object forReader(UUID caseId, Long minVersion, Instant asOf, LocalDate validAt, Authentication who)
            throws InterruptedException {
        access.requireReadable(caseId, who);
        requireValid(minVersion, asOf);
        if (AccessPolicy.familyView(who)) {
            // Families do not write, so they have no version to wait for; waiting, or answering 503
            // with the version reached, would tell them how many entries exist, hidden ones included.
            // The world date only leaves entries out, so the allow-list applies to what remains as ever.
            return family(caseId, timeline(caseId, null, asOf), asOf, validAt);
        }
        return validAt(withReports(timeline(caseId, minVersion, asOf), asOf), validAt);
    }

    /** The entries of this history that held in the world on {@code validAt}; all of them when it is null. */
    public CaseHistory validAt(CaseHistory history, LocalDate validAt) {
        return validAt == null ? history : ValidAt.history(history, validAt);
    }

    /** The history now, every recorded event of the case in it ({@link #now}); empty (version 0) for no case. */
    public CaseHistory current(UUID caseId) {
        return withReports(described(now(caseId).orElse(none(caseId)), null), null);
    }

    /** The history now as its family reads it, for pages that have passed the access policy. */
    public FamilyHistory familyView(UUID caseId) {
        return family(caseId, described(now(caseId).orElse(none(caseId)), null), null, null);
    }

    /**
     * The case's history now, with every event the case has in the store: from the read model when it
     * has applied them all, else folded from the store itself, as a past instant's history is. So no
     * reader (a family least of all) sees a shortened history while the model is behind: a moment after
     * a write, with an event of the case parked, or for the minutes a rebuild of the model takes. Empty
     * when neither the model nor the case header knows the id.
     *
     * <p>A case the store cannot fold (an event that no longer deserializes, one the history cannot
     * show: what would also park it in the model) is answered from the model, as far as it has applied
     * the case, and logged: its history stays readable, with the model's version telling how far.
     */
    private Optional<CaseHistory> now(UUID caseId) {
        HistoryQuery.Applied applied = history.applied(caseId);
        if (applied.complete()) {
            return applied.history();
        }
        try {
            return Optional.of(Timeline.fold(caseId, null,
                    RecordedEvents.forHistory(RecordedEvents.all(events, caseId))));
        } catch (RuntimeException unfoldable) {
            log.error("The history of case {} could not be folded from the event store; answered from the read"
                    + " model, which has applied {} of its {} events", caseId,
                    applied.history().map(CaseHistory::version).orElse(0L), applied.recordedVersion(), unfoldable);
            return applied.history();
        }
    }

    /** The history of a case no event of which is known here: version 0, no entries. */
    private static CaseHistory none(UUID caseId) {
        return new CaseHistory(caseId, 0, null, null, List.of());
    }

    /** The history exactly as recorded at {@code at}: later entries absent, later retractions not applied. */
    public CaseHistory asRecorded(UUID caseId, Instant at) {
        return withReports(described(Timeline.fold(caseId, at, RecordedEvents.forHistory(RecordedEvents.upTo(events,
                caseId, at))), at), at);
    }

    private CaseHistory withReports(CaseHistory caseHistory, Instant asOf) {
        return ReportsInHistory.staff(caseHistory, reportsOf(caseHistory.caseId(), asOf));
    }

    /**
     * The reports correlated with the case by {@code asOf}; as of a past instant, each one's source
     * as described then (restricted if it was then or is now), as the case's own citations are.
     */
    private List<CaseReport> reportsOf(UUID caseId, Instant asOf) {
        List<CaseReport> correlated = reports.ofCase(caseId, asOf);
        if (asOf == null) {
            return correlated;
        }
        return correlated.stream().map(report -> report.report().sourceId() == null ? report
                : PastSources.describedAt(events, report.report().sourceId(), asOf)
                        .map(then -> report.withSource(then.title(), then.restricted() || report.sourceRestricted()))
                        .orElse(report)).toList();
    }

    /**
     * The allow-listed history, then the reports in the case's own words (its serviceman's name as
     * then); with a world date, only what held on it, reports by their observed date.
     */
    private FamilyHistory family(UUID caseId, CaseHistory caseHistory, Instant asOf, LocalDate validAt) {
        List<CaseReport> correlated = reportsOf(caseId, asOf).stream()
                .filter(report -> validAt == null || WorldDates.holdsOn(validAt, EntryKind.SIGHTING_REPORT,
                        report.report().observedOn(), report.correlatedAt()))
                .toList();
        return ReportsInHistory.family(FamilyHistory.of(validAt(caseHistory, validAt)), correlated,
                servicemanName(caseId, asOf));
    }

    private String servicemanName(UUID caseId, Instant asOf) {
        CaseSummary summary = (asOf == null ? headers.find(caseId).or(() -> PastCases.now(events, caseId))
                : PastCases.at(events, caseId, asOf)).map(CaseHeader::summary).orElse(null);
        if (summary == null || summary.name() == null) {
            return null;
        }
        return (summary.rank() == null || summary.rank().isBlank() ? "" : summary.rank().trim() + " ")
                + summary.name().display();
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
            return described(Timeline.fold(caseId, asOf, RecordedEvents.forHistory(recorded)), asOf);
        }
        if (minVersion != null) {
            requireWritten(caseId, minVersion);
            // The model applies a write within milliseconds as a rule: waiting up to the patience for it
            // is cheaper than folding a long case. If it has not by then (parked, rebuilt), now() folds.
            history.awaitVersion(caseId, minVersion, patience);
        }
        return described(now(caseId).orElseGet(() -> {
            if (isUnknown(caseId)) {
                throw Refusal.unknownCase(caseId);
            }
            // An id the store knows without a case header: another aggregate's (a source's, a report's).
            return none(caseId);
        }), null);
    }

    /**
     * The history with its cited sources described and the sources linked to the case, both read
     * from the source register now, not stored with the entries: a corrected title shows wherever
     * the source is cited, and a source restricted since leaves the families' view at once. As of
     * a past instant, only links made by then show, and every source as it was described then
     * (corrections recorded later not yet applied), read from its events.
     */
    private CaseHistory described(CaseHistory timeline, Instant upTo) {
        SourceQuery.CaseSources register = sources.forCase(timeline.caseId(), timeline.citedSourceIds(), upTo);
        Map<UUID, SourceFacts> described = new HashMap<>();
        Map<UUID, SourceFacts> facts = new HashMap<>();
        register.cited().forEach(view -> facts.put(view.sourceId(),
                described.computeIfAbsent(view.sourceId(), id -> facts(view, upTo))));
        List<SourceFacts.Link> links = register.links().stream()
                .map(link -> new SourceFacts.Link(described.computeIfAbsent(link.source().sourceId(),
                        id -> facts(link.source(), upTo)), link.reason(), link.linkedAt())).toList();
        return timeline.withSources(facts, links);
    }

    /**
     * The source as the history shows it: now, or as described at {@code upTo}. Restricted if it is
     * now or was then: a family's view is never widened by reading the past.
     */
    private SourceFacts facts(SourceView view, Instant upTo) {
        if (upTo == null) {
            return new SourceFacts(view.sourceId(), view.title(), view.archiveReference(), view.date(),
                    view.restricted());
        }
        return PastSources.describedAt(events, view.sourceId(), upTo)
                .map(then -> new SourceFacts(view.sourceId(), then.title(), then.archiveReference(),
                        then.date() == null ? null : then.date().value(), then.restricted() || view.restricted()))
                .orElseGet(() -> facts(view, null));
    }

    /** A version no write has reached is a mistaken parameter, not one a later answer could meet: 400. */
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
