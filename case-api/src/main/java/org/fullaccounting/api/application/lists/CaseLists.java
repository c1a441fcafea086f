package org.fullaccounting.api.application.lists;

import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.board.BoardCase;
import org.fullaccounting.projections.board.BoardCounts;
import org.fullaccounting.projections.board.BoardQuery;
import org.fullaccounting.projections.board.CaseFilter;
import org.fullaccounting.projections.correspondence.CorrespondenceQuery;
import org.fullaccounting.projections.correspondence.CorrespondenceSearch;
import org.fullaccounting.projections.correspondence.CorrespondenceView;
import org.fullaccounting.projections.search.SearchHit;
import org.fullaccounting.projections.search.SearchQuery;
import org.fullaccounting.projections.sightings.SightingView;
import org.fullaccounting.projections.sightings.SightingsQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Lists across cases, for the API and the status board alike: the scope the access policy gives
 * the caller, and a search cut to its best matches before the other filters apply.
 */
@Service
public class CaseLists {

    /** How many search matches a list is cut to before its other filters apply. */
    public static final int MAX_MATCHES = 500;

    private final BoardQuery board;
    private final SearchQuery search;
    private final SightingsQuery sightings;
    private final CorrespondenceQuery register;
    private final AccessPolicy access;

    CaseLists(BoardQuery board, SearchQuery search, SightingsQuery sightings, CorrespondenceQuery register,
              AccessPolicy access) {
        this.board = board;
        this.search = search;
        this.sightings = sightings;
        this.register = register;
        this.access = access;
    }

    /** The page of cases {@code filter} keeps; with {@code query}, only those matching it (filter's matches are ignored). */
    public Page<BoardCase> list(CaseFilter filter, String query, Authentication who) {
        requireValid(filter);
        if (seesNothing(who)) {
            return Page.empty(filter.page(), filter.size());
        }
        List<UUID> matches = query == null ? null : search.rankedCaseIds(query, MAX_MATCHES);
        return board.list(filter.within(matches));
    }

    /** The filter's own refusals (a loss range that ends before it starts), without listing anything. */
    public void requireValid(CaseFilter filter) {
        requireOrdered("lossFrom", filter.lossFrom(), "lossTo", filter.lossTo());
    }

    public BoardCounts counts(Authentication who) {
        if (seesNothing(who)) {
            Map<CaseStatus, Long> zero = new EnumMap<>(CaseStatus.class);
            Arrays.stream(CaseStatus.values()).forEach(status -> zero.put(status, 0L));
            return new BoardCounts(0, zero, 0, 0, 0);
        }
        return board.counts();
    }

    public List<SearchHit> find(String query, int limit, Authentication who) {
        return seesNothing(who) ? List.of() : search.find(query, limit);
    }

    /** Sighting reports, of one case or all; most recently recorded first. */
    public Page<SightingView> sightings(SightingsQuery.State assessment, UUID caseId, int page, int size,
                                        Authentication who) {
        return seesNothing(who) ? Page.empty(page, size) : sightings.list(assessment, caseId, page, size);
    }

    /** Sightings waiting for a conclusion, oldest report first. */
    public Page<SightingView> unresolvedSightings(int page, int size, Authentication who) {
        return seesNothing(who) ? Page.empty(page, size) : sightings.unresolvedQueue(page, size);
    }

    public Page<CorrespondenceView> correspondence(CorrespondenceSearch search, Authentication who) {
        requireOrdered("from", search.from(), "to", search.to());
        return seesNothing(who) ? Page.empty(search.page(), search.size()) : register.search(search);
    }

    /** A range whose end is before its start is refused, naming the end. */
    private static void requireOrdered(String fromName, HistoricalDate from, String toName, HistoricalDate to) {
        if (from != null && to != null && to.latestDay().isBefore(from.earliestDay())) {
            throw Refusal.invalidParameter(toName, "must not be before " + fromName);
        }
    }

    private boolean seesNothing(Authentication who) {
        return access.listScope(who) == AccessPolicy.Scope.NO_CASES;
    }
}
