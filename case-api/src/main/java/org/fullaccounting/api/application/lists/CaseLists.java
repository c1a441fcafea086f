package org.fullaccounting.api.application.lists;

import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.board.BoardCase;
import org.fullaccounting.projections.board.BoardCounts;
import org.fullaccounting.projections.board.BoardQuery;
import org.fullaccounting.projections.board.CaseFilter;
import org.fullaccounting.projections.search.SearchHit;
import org.fullaccounting.projections.search.SearchQuery;
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
    private final AccessPolicy access;

    CaseLists(BoardQuery board, SearchQuery search, AccessPolicy access) {
        this.board = board;
        this.search = search;
        this.access = access;
    }

    /** The page of cases {@code filter} keeps; with {@code query}, only those matching it (filter's matches are ignored). */
    public Page<BoardCase> list(CaseFilter filter, String query, Authentication who) {
        if (access.listScope(who) == AccessPolicy.Scope.NO_CASES) {
            return Page.empty(filter.page(), filter.size());
        }
        List<UUID> matches = query == null ? null : search.rankedCaseIds(query, MAX_MATCHES);
        return board.list(new CaseFilter(filter.status(), filter.branch(), filter.unit(), filter.camp(),
                filter.lastSeenAlive(), filter.lossFrom(), filter.lossTo(), matches, filter.sort(),
                filter.descending(), filter.page(), filter.size()));
    }

    public BoardCounts counts(Authentication who) {
        if (access.listScope(who) == AccessPolicy.Scope.NO_CASES) {
            Map<CaseStatus, Long> zero = new EnumMap<>(CaseStatus.class);
            Arrays.stream(CaseStatus.values()).forEach(status -> zero.put(status, 0L));
            return new BoardCounts(0, zero, 0, 0, 0);
        }
        return board.counts();
    }

    public List<SearchHit> find(String query, int limit, Authentication who) {
        return access.listScope(who) == AccessPolicy.Scope.NO_CASES ? List.of() : search.find(query, limit);
    }
}
