package org.fullaccounting.api.web.history;


import org.fullaccounting.api.application.history.CaseHistories;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.FamilyHistory;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A case's history in plain language, ordered by when things happened, with every event the case
 * has: read from the history read model, or from the event store while the model is behind the case;
 * {@code asOf} answers from the event store instead, exactly as recorded at that instant.
 */
@RestController
@Tag(name = "History", description = "The timeline of a case, now or as recorded at a past instant")
public class HistoryController {

    private final CaseHistories histories;

    HistoryController(CaseHistories histories) {
        this.histories = histories;
    }

    @GetMapping("/api/cases/{caseId}/history")
    @Operation(summary = "The case's history", description = "Every answer holds every event the case has "
            + "when it is read: from the history read model, or, while that model is behind the case (a moment "
            + "after a write, or while it is rebuilt), folded from the event store. minVersion (a version a write "
            + "returned): 400 if no write has reached it; else the answer waits up to 2 s for the read model "
            + "to apply it (cheaper), then is folded from the event store if it has not. asOf (an ISO-8601 "
            + "instant) answers from the event store: the history exactly as it "
            + "was recorded then, later entries absent and later retractions not yet applied, cited and linked "
            + "sources as described then (later corrections not yet applied). validAt (a day) keeps the "
            + "entries that held in the world by that day, of the record read (now, or at asOf). Family accounts "
            + "get the FamilyHistory (allowed kinds and fields only, no version) and minVersion changes nothing "
            + "for them.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(anyOf = {CaseHistory.class,
            FamilyHistory.class})))
    public Object history(@PathVariable UUID caseId,
                          @Parameter(description = "a version a write returned: 400 if no write has reached "
                                  + "it; every answer reflects it")
                          @RequestParam(required = false) Long minVersion,
                          @Parameter(description = "e.g. 2027-03-01T00:00:00Z")
                          @RequestParam(required = false) Instant asOf,
                          @Parameter(description = "an ISO-8601 day, e.g. 1970-01-01: only the entries that held in "
                                  + "the world by then (an entry holds from the earliest day its date can mean; an "
                                  + "undated one from the day it was recorded)")
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validAt,
                          Authentication who) throws InterruptedException {
        return histories.forReader(caseId, minVersion, asOf, validAt, who);
    }
}
