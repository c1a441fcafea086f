package org.fullaccounting.api.web.correspondence;

import org.fullaccounting.projections.correspondence.CorrespondenceProjection;
import org.fullaccounting.api.web.ListedFrom;
import org.fullaccounting.api.web.QueryParameters;

import org.fullaccounting.api.application.lists.CaseLists;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.casefile.api.CorrespondenceKind;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.correspondence.CorrespondenceQuery;
import org.fullaccounting.projections.correspondence.CorrespondenceSearch;
import org.fullaccounting.projections.correspondence.CorrespondenceView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** The correspondence register across cases. */
@RestController
@Tag(name = "Correspondence", description = "Letters, memoranda, telegrams, calls and meetings across cases")
public class CorrespondenceController {

    private final CaseLists lists;

    CorrespondenceController(CaseLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/correspondence")
    @ListedFrom(CorrespondenceProjection.NAME)
    @Operation(summary = "Search the register", description = "party matches sender or recipient; from/to "
            + "(YYYY, YYYY-MM or YYYY-MM-DD) keep items whose date can fall in the range; q: words that must all "
            + "occur in subject or summary (English stemming). In document date order.")
    public Page<CorrespondenceView> search(@RequestParam(required = false) @QueryParameters.Text String party,
                                           @RequestParam(required = false) CorrespondenceKind kind,
                                           @RequestParam(required = false) HistoricalDate from,
                                           @RequestParam(required = false) HistoricalDate to,
                                           @RequestParam(required = false) @QueryParameters.Text String q,
                                           @RequestParam(required = false) UUID caseId,
                                           @RequestParam(defaultValue = "0") @QueryParameters.PageNumber int page,
                                           @RequestParam(defaultValue = "20") @QueryParameters.PageSize int size,
                                           Authentication who) {
        return lists.correspondence(new CorrespondenceSearch(party, kind, from, to, q, caseId, page, size), who);
    }
}
