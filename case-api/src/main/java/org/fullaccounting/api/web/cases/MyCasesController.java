package org.fullaccounting.api.web.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.api.application.cases.CaseQueries;
import org.fullaccounting.api.application.cases.FamilyCaseView;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A family account's own cases: where a family starts. */
@RestController
@Tag(name = "Cases")
public class MyCasesController {

    private final CaseQueries queries;

    MyCasesController(CaseQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/my/cases")
    @Operation(summary = "The cases linked to this family account", description = "FAMILY only")
    public List<FamilyCaseView> myCases(Authentication who) {
        return queries.linkedCases(who).stream()
                .map(current -> FamilyCaseView.of(current.summary()))
                .toList();
    }
}
