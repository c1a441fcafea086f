package org.fullaccounting.api.web.board;

import org.fullaccounting.api.web.QueryParameters;

import org.fullaccounting.api.application.refusals.Refusal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.board.BoardCase;
import org.fullaccounting.projections.board.CaseFilter;
import org.fullaccounting.projections.search.SearchHit;
import org.fullaccounting.api.application.lists.CaseLists;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * GET /api/cases: the filterable, sorted, paged case list (POST /api/cases and GET
 * /api/cases/{caseId} are CaseController's). {@code q} searches service numbers and names
 * tolerant of spelling; with it and no {@code sort}, the best matches come first.
 */
@RestController
@Tag(name = "Board")
public class CaseListController {

    private static final Map<String, CaseFilter.Sort> SORTS = Map.of(
            "name", CaseFilter.Sort.NAME,
            "servicenumber", CaseFilter.Sort.SERVICE_NUMBER,
            "status", CaseFilter.Sort.STATUS,
            "lossdate", CaseFilter.Sort.LOSS_DATE,
            "opened", CaseFilter.Sort.OPENED,
            "relevance", CaseFilter.Sort.RELEVANCE);

    private final CaseLists lists;

    CaseListController(CaseLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/cases")
    @Operation(summary = "List cases", description = "Filters combine with AND. lossFrom/lossTo (YYYY, YYYY-MM or "
            + "YYYY-MM-DD) keep cases whose date of loss can fall in the range. sort: name, serviceNumber, status, "
            + "lossDate, opened or relevance, optionally followed by ',desc' (or prefixed with '-').")
    public Page<BoardCase> list(@RequestParam(required = false) CaseStatus status,
                                @RequestParam(required = false) Branch branch,
                                @RequestParam(required = false) @QueryParameters.Text String unit,
                                @RequestParam(required = false) @QueryParameters.Text String camp,
                                @RequestParam(required = false) Boolean lastSeenAlive,
                                @RequestParam(required = false) HistoricalDate lossFrom,
                                @RequestParam(required = false) HistoricalDate lossTo,
                                @Parameter(description = "service number, or a name in any spelling")
                                @RequestParam(required = false) @QueryParameters.Text String q,
                                @RequestParam(defaultValue = "0") @QueryParameters.PageNumber int page,
                                @RequestParam(defaultValue = "20") @QueryParameters.PageSize int size,
                                @RequestParam(required = false) @QueryParameters.Text String sort,
                                Authentication who) {
        boolean descending = sort != null && (sort.startsWith("-") || sort.toLowerCase(Locale.ROOT).endsWith(",desc"));
        return lists.list(new CaseFilter(status, branch, unit, camp, lastSeenAlive, lossFrom, lossTo, null,
                sort(sort, q != null), descending, page, size), q, who);
    }

    @GetMapping("/api/search")
    @Operation(summary = "Find cases by service number or name", description = "Each match says which spelling "
            + "matched and its trigram similarity (1 for a service number).")
    public List<SearchHit> find(@RequestParam @QueryParameters.Text String q,
                                @RequestParam(defaultValue = "20") @QueryParameters.PageSize int size,
                                Authentication who) {
        return lists.find(q, size, who);
    }

    private static CaseFilter.Sort sort(String text, boolean searching) {
        if (text == null) {
            return searching ? CaseFilter.Sort.RELEVANCE : CaseFilter.Sort.NAME;
        }
        String field = text.replaceFirst("^[-+]", "").replaceFirst("(?i),(asc|desc)$", "")
                .toLowerCase(Locale.ROOT);
        CaseFilter.Sort sort = SORTS.get(field);
        if (sort == null) {
            throw Refusal.invalidParameter("sort", "must be one of name, serviceNumber, status, lossDate, opened, "
                    + "relevance, optionally with ',asc' or ',desc'");
        }
        return sort;
    }
}
