package org.fullaccounting.api.web.places;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fullaccounting.api.application.places.CampPage;
import org.fullaccounting.api.application.places.IncidentPage;
import org.fullaccounting.api.application.places.PlaceWritten;
import org.fullaccounting.api.application.places.Places;
import org.fullaccounting.api.web.QueryParameters;
import org.fullaccounting.api.web.places.requests.CampRequest;
import org.fullaccounting.api.web.places.requests.IncidentRequest;
import org.fullaccounting.api.web.places.requests.PlaceLinkRequest;
import org.fullaccounting.projections.places.CampView;
import org.fullaccounting.projections.places.IncidentView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Loss incidents and camps as named records cases link to; the board filters and counts by these links. */
@RestController
@Tag(name = "Incidents and camps", description = "Loss incidents (name, dates, place, units) and prisoner-of-war "
        + "camps (name, location, aliases), and the cases linked to each. Caseworkers write; caseworkers and "
        + "auditors read. GET /api/cases?incidentId=...&campId=... lists a record's cases.")
public class PlaceController {

    private final Places places;

    PlaceController(Places places) {
        this.places = places;
    }

    @PostMapping("/api/incidents")
    @Operation(summary = "Record a loss incident", description = "name is required; dates may be a range.")
    public ResponseEntity<PlaceWritten> recordIncident(@Valid @RequestBody IncidentRequest body, Authentication who) {
        PlaceWritten written = places.recordIncident(body.description(), who);
        return ResponseEntity.created(URI.create("/api/incidents/" + written.id())).body(written);
    }

    @GetMapping("/api/incidents")
    @Operation(summary = "List loss incidents", description = "q: part of the name, place or a unit (blank: all). "
            + "Each with its number of linked cases.")
    public List<IncidentView> incidents(@RequestParam(required = false) @QueryParameters.Text String q,
                                        @RequestParam(defaultValue = "200") @QueryParameters.PageSize int limit,
                                        Authentication who) {
        return places.incidents(q, limit, who);
    }

    @GetMapping("/api/incidents/{incidentId}")
    @Operation(summary = "One loss incident with its cases", description = "Each case with its name and why it "
            + "was linked.")
    public IncidentPage incident(@PathVariable UUID incidentId, Authentication who) {
        return places.incident(incidentId, who);
    }

    @PostMapping("/api/incidents/{incidentId}/cases")
    @Operation(summary = "Link cases to a loss incident", description = "Every case must exist; each at most once "
            + "(409 ALREADY_LINKED).")
    public ResponseEntity<PlaceWritten> linkToIncident(@PathVariable UUID incidentId,
                                                       @Valid @RequestBody PlaceLinkRequest body, Authentication who) {
        return ResponseEntity.status(201).body(places.linkToIncident(incidentId, body.caseIds(), body.reason(), who));
    }

    @PostMapping("/api/camps")
    @Operation(summary = "Record a camp", description = "name is required; aliases are the other names it is found "
            + "under (\"Pyoktong\" for Camp 5), each searchable.")
    public ResponseEntity<PlaceWritten> recordCamp(@Valid @RequestBody CampRequest body, Authentication who) {
        PlaceWritten written = places.recordCamp(body.description(), who);
        return ResponseEntity.created(URI.create("/api/camps/" + written.id())).body(written);
    }

    @GetMapping("/api/camps")
    @Operation(summary = "List camps", description = "q: part of the name, an alias or the location (blank: all). "
            + "Each with its number of linked cases.")
    public List<CampView> camps(@RequestParam(required = false) @QueryParameters.Text String q,
                                @RequestParam(defaultValue = "200") @QueryParameters.PageSize int limit,
                                Authentication who) {
        return places.camps(q, limit, who);
    }

    @GetMapping("/api/camps/{campId}")
    @Operation(summary = "One camp with its cases", description = "Each case with its name and why it was "
            + "linked.")
    public CampPage camp(@PathVariable UUID campId, Authentication who) {
        return places.camp(campId, who);
    }

    @PostMapping("/api/camps/{campId}/cases")
    @Operation(summary = "Link cases to a camp", description = "Every case must exist; each at most once "
            + "(409 ALREADY_LINKED).")
    public ResponseEntity<PlaceWritten> linkToCamp(@PathVariable UUID campId, @Valid @RequestBody PlaceLinkRequest body,
                                                   Authentication who) {
        return ResponseEntity.status(201).body(places.linkToCamp(campId, body.caseIds(), body.reason(), who));
    }
}
