package org.fullaccounting.api.web.sightings;

import org.fullaccounting.projections.sightings.SightingsProjection;
import org.fullaccounting.api.web.ListedFrom;
import org.fullaccounting.api.web.QueryParameters;

import org.fullaccounting.api.application.lists.CaseLists;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.sightings.SightingView;
import org.fullaccounting.projections.sightings.SightingsQuery;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Sighting reports across cases, and the queue of those waiting for a conclusion. */
@RestController
@Tag(name = "Sightings", description = "Sighting reports across cases and their assessments")
public class SightingsController {

    private final CaseLists lists;

    SightingsController(CaseLists lists) {
        this.lists = lists;
    }

    @GetMapping("/api/sightings")
    @ListedFrom(SightingsProjection.NAME)
    @Operation(summary = "All sighting reports", description = "assessment: CORRELATED, NOT_CORRELATED, UNRESOLVED, "
            + "FABRICATED or UNASSESSED. Retracted reports are listed, flagged. Most recently recorded first.")
    public Page<SightingView> list(@RequestParam(required = false) SightingsQuery.State assessment,
                                   @RequestParam(required = false) UUID caseId,
                                   @RequestParam(defaultValue = "0") @QueryParameters.PageNumber int page,
                                   @RequestParam(defaultValue = "20") @QueryParameters.PageSize int size,
                                   Authentication who) {
        return lists.sightings(assessment, caseId, page, size, who);
    }

    @GetMapping("/api/sightings/queue")
    @ListedFrom(SightingsProjection.NAME)
    @Operation(summary = "Sightings waiting for a conclusion, oldest report first",
            description = "Assessed UNRESOLVED or not assessed yet, not retracted; ordered by the date of the report, "
                    + "then of the sighting, then of recording.")
    public Page<SightingView> queue(@RequestParam(defaultValue = "0") @QueryParameters.PageNumber int page,
                                    @RequestParam(defaultValue = "20") @QueryParameters.PageSize int size,
                                    Authentication who) {
        return lists.unresolvedSightings(page, size, who);
    }
}
