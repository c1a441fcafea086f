package org.fullaccounting.api.web.correspondence;

import org.fullaccounting.api.application.access.AccessPolicy;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.api.web.Params;
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

    private final CorrespondenceQuery register;
    private final AccessPolicy access;

    CorrespondenceController(CorrespondenceQuery register, AccessPolicy access) {
        this.access = access;
        this.register = register;
    }

    @GetMapping("/api/correspondence")
    @Operation(summary = "Search the register", description = "party matches sender or recipient; from/to "
            + "(YYYY, YYYY-MM or YYYY-MM-DD) keep items whose date can fall in the range; q: words that must all "
            + "occur in subject or summary (English stemming). In document date order.")
    public Page<CorrespondenceView> search(@RequestParam(required = false) String party,
                                           @RequestParam(required = false) CorrespondenceKind kind,
                                           @RequestParam(required = false) String from,
                                           @RequestParam(required = false) String to,
                                           @RequestParam(required = false) String q,
                                           @RequestParam(required = false) UUID caseId,
                                           @RequestParam(defaultValue = "0") int page,
                                           @RequestParam(defaultValue = "20") int size,
                                           Authentication who) {
        HistoricalDate start = Params.date("from", from);
        HistoricalDate end = Params.date("to", to);
        Params.range("from", start, "to", end);
        int p = Params.page(page);
        int s = Params.size(size);
        if (access.listScope(who) == AccessPolicy.Scope.NO_CASES) {
            return Page.empty(p, s);
        }
        return register.search(new CorrespondenceSearch(Params.text("party", party), kind, start, end,
                Params.text("q", q), caseId, p, s));
    }
}
