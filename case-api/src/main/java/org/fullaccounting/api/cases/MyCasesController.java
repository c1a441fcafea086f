package org.fullaccounting.api.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.api.accounts.Roles;
import org.fullaccounting.projections.familylinks.FamilyLinks;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Optional;

/** A family account's own cases: where a family starts. */
@RestController
@Tag(name = "Cases")
public class MyCasesController {

    private final FamilyLinks familyLinks;
    private final CaseReader reader;
    private final CaseAccess access;

    MyCasesController(FamilyLinks familyLinks, CaseReader reader, CaseAccess access) {
        this.familyLinks = familyLinks;
        this.reader = reader;
        this.access = access;
    }

    @GetMapping("/api/my/cases")
    @Operation(summary = "The cases linked to this family account", description = "FAMILY only")
    public List<FamilyCaseView> myCases(Authentication who) {
        if (!Roles.has(who, Roles.FAMILY)) {
            throw new AccessDeniedException("only family accounts have linked cases");
        }
        return familyLinks.casesOf(who.getName()).stream()
                .map(caseId -> {
                    access.requireReadable(caseId, who);
                    return reader.current(caseId);
                })
                .flatMap(Optional::stream)
                .map(current -> FamilyCaseView.of(current.summary()))
                .toList();
    }
}
