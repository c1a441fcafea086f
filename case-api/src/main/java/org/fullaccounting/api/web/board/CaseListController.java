package org.fullaccounting.api.web.board;

import org.fullaccounting.api.web.ListedFrom;
import org.fullaccounting.api.web.QueryParameters;

import org.fullaccounting.api.application.refusals.Refusal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.api.web.RebuildNotices;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.board.BoardCase;
import org.fullaccounting.projections.board.BoardProjection;
import org.fullaccounting.projections.board.CaseFilter;
import org.fullaccounting.projections.search.SearchHit;
import org.fullaccounting.projections.search.SearchProjection;
import org.fullaccounting.api.application.lists.CaseLists;
import org.fullaccounting.api.application.lists.CaseListExport;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

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

    static final String CSV = "text/csv";

    private final CaseLists lists;
    private final CaseListExport export;

    private final RebuildNotices rebuildNotices;

    CaseListController(CaseLists lists, CaseListExport export, RebuildNotices rebuildNotices) {
        this.lists = lists;
        this.export = export;
        this.rebuildNotices = rebuildNotices;
    }

    @GetMapping("/api/cases")
    @ListedFrom({BoardProjection.NAME, SearchProjection.NAME})
    @Operation(summary = "List cases", description = "Filters combine with AND. camp matches the captivity "
            + "facts' free text; incidentId and campId keep the cases linked to that incident or camp record. lossFrom/lossTo (YYYY, YYYY-MM or "
            + "YYYY-MM-DD) keep cases whose date of loss can fall in the range. sort: name, serviceNumber, status, "
            + "lossDate, opened or relevance, optionally followed by ',desc' (or prefixed with '-').")
    public Page<BoardCase> list(@RequestParam(required = false) CaseStatus status,
                                @RequestParam(required = false) Branch branch,
                                @RequestParam(required = false) @QueryParameters.Text String unit,
                                @RequestParam(required = false) @QueryParameters.Text String camp,
                                @Parameter(description = "only cases linked to this loss incident (GET /api/incidents)")
                                @RequestParam(required = false) UUID incidentId,
                                @Parameter(description = "only cases linked to this camp (GET /api/camps)")
                                @RequestParam(required = false) UUID campId,
                                @RequestParam(required = false) Boolean lastSeenAlive,
                                @RequestParam(required = false) HistoricalDate lossFrom,
                                @RequestParam(required = false) HistoricalDate lossTo,
                                @Parameter(description = "service number, or a name in any spelling")
                                @RequestParam(required = false) @QueryParameters.Text String q,
                                @RequestParam(defaultValue = "0") @QueryParameters.PageNumber int page,
                                @RequestParam(defaultValue = "20") @QueryParameters.PageSize int size,
                                @RequestParam(required = false) @QueryParameters.Text String sort,
                                Authentication who) {
        return lists.list(filter(status, branch, unit, camp, lastSeenAlive, lossFrom, lossTo, q, sort, page, size)
                .linkedTo(incidentId, campId), q, who);
    }

    @GetMapping(value = "/api/cases", produces = CSV)
    @Operation(summary = "List cases as CSV",
            description = "With Accept: text/csv, every case the filters keep (all pages; page and size are ignored), in "
                    + "the columns of a casualty list: service_number, family_name, given_name, middle_name, rank, branch, "
                    + "unit, loss_date, loss_place, status, circumstances, source (RFC 4180, UTF-8, header row). A cell "
                    + "that starts with = + - @ (after any apostrophes) gets one apostrophe in front, which the import "
                    + "takes off again. A family's list is empty, as in JSON.")
    public ResponseEntity<StreamingResponseBody> listAsCsv(@RequestParam(required = false) CaseStatus status,
                                                           @RequestParam(required = false) Branch branch,
                                                           @RequestParam(required = false) @QueryParameters.Text String unit,
                                                           @RequestParam(required = false) @QueryParameters.Text String camp,
                                                           @RequestParam(required = false) UUID incidentId,
                                                           @RequestParam(required = false) UUID campId,
                                                           @RequestParam(required = false) Boolean lastSeenAlive,
                                                           @RequestParam(required = false) HistoricalDate lossFrom,
                                                           @RequestParam(required = false) HistoricalDate lossTo,
                                                           @RequestParam(required = false) @QueryParameters.Text String q,
                                                           @RequestParam(required = false) @QueryParameters.Text String sort,
                                                           Authentication who) {
        CaseFilter filter = filter(status, branch, unit, camp, lastSeenAlive, lossFrom, lossTo, q, sort, 0, 1)
                .linkedTo(incidentId, campId);
        // Refusals (lossTo before lossFrom ...) before the first byte: an answer once begun cannot become a problem.
        lists.requireValid(filter);
        StreamingResponseBody body = out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            export.write(filter, q, who, writer);
            writer.flush();
        };
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"cases.csv\"");
        // Streamed after this answer's headers, so the models are looked at before the first row only.
        String rebuilding = rebuildNotices.headerFor(List.of(BoardProjection.NAME, SearchProjection.NAME), who);
        if (rebuilding != null) {
            answer.header(RebuildNotices.HEADER, rebuilding);
        }
        return answer.body(body);
    }

    @GetMapping("/api/search")
    @ListedFrom(SearchProjection.NAME)
    @Operation(summary = "Find cases by service number or name", description = "Each match says which spelling "
            + "matched and its trigram similarity (1 for a service number).")
    public List<SearchHit> find(@RequestParam @QueryParameters.Text String q,
                                @RequestParam(defaultValue = "20") @QueryParameters.PageSize int size,
                                Authentication who) {
        return lists.find(q, size, who);
    }

    /** The list's filter from its parameters; {@code sort} as "field", "-field" or "field,desc". */
    private static CaseFilter filter(CaseStatus status, Branch branch, String unit, String camp, Boolean lastSeenAlive,
                                     HistoricalDate lossFrom, HistoricalDate lossTo, String q, String sort,
                                     int page, int size) {
        boolean descending = sort != null && (sort.startsWith("-") || sort.toLowerCase(Locale.ROOT).endsWith(",desc"));
        return new CaseFilter(status, branch, unit, camp, lastSeenAlive, lossFrom, lossTo, null, sort(sort, q != null),
                descending, page, size);
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
