package org.fullaccounting.api.web.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fullaccounting.api.application.people.CasePeopleService;
import org.fullaccounting.api.application.people.FamilyPeopleView;
import org.fullaccounting.api.application.people.PeopleRecord;
import org.fullaccounting.api.application.people.PeopleWritten;
import org.fullaccounting.api.web.people.requests.*;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** The serviceman's relatives on a case: next of kin, the primary among them, contact details, consents. */
@RestController
@RequestMapping("/api/cases/{caseId}/people")
@Tag(name = "People", description = "Relatives on a case: the primary next of kin and succession, contact details "
        + "and consents (caseworkers and auditors only), the family account that is a person's own")
public class PeopleController {

    private final CasePeopleService people;

    PeopleController(CasePeopleService people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "The case's people and reference samples", description = "Caseworkers and auditors: "
            + "everyone with contact details and consents, and every sample. A linked family: FamilyPeopleView only "
            + "(the point of contact's name and relationship, its own record with its own contact details, and per "
            + "sample type whether a usable reference is on file); nothing of other family members.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(anyOf = {PeopleRecord.class,
            FamilyPeopleView.class})))
    public Object read(@PathVariable UUID caseId, Authentication who) {
        return CasePeopleService.familyView(who) ? people.familyView(caseId, who) : people.record(caseId, who);
    }

    @PostMapping
    @Operation(summary = "Add a person", description = "Caseworkers only. name and relationship are required; "
            + "bornOn as precise as known (1931, 1931-05).")
    public ResponseEntity<PeopleWritten> add(@PathVariable UUID caseId, @Valid @RequestBody PersonRequest body,
                                             Authentication who) {
        PeopleWritten written = people.add(caseId, body.name(), body.relationship(), body.born(), who);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/people")).body(written);
    }

    @PostMapping("/{personId}/corrections")
    @Operation(summary = "Correct a person", description = "The person in full as they should read, with a "
            + "reason; 409 SAME_DESCRIPTION when nothing changes; a birth after a recorded death is refused.")
    public ResponseEntity<PeopleWritten> correct(@PathVariable UUID caseId, @PathVariable UUID personId,
                                                 @Valid @RequestBody PersonCorrectionRequest body, Authentication who) {
        return ResponseEntity.status(201).body(people.correct(caseId, personId, body.name(), body.relationship(),
                body.born(), body.reason(), who));
    }

    @PostMapping("/{personId}/death")
    @Operation(summary = "Record a death", description = "Once per person (409 PERSON_DECEASED), never before the "
            + "birth (400 DIED_BEFORE_BORN). When the person was the primary next of kin, successorId names who "
            + "succeeds from the day of the death (a living person on the case); without it the case has no primary.")
    public ResponseEntity<PeopleWritten> death(@PathVariable UUID caseId, @PathVariable UUID personId,
                                               @Valid @RequestBody DeathRequest body, Authentication who) {
        return ResponseEntity.status(201).body(people.recordDeath(caseId, personId, body.died(), body.source(),
                body.successorId(), who));
    }

    @PostMapping("/{personId}/primary")
    @Operation(summary = "Make a person the primary next of kin", description = "One at a time: the one before is "
            + "no longer. The dead cannot be primary (409 PERSON_DECEASED); 409 ALREADY_PRIMARY when they are.")
    public ResponseEntity<PeopleWritten> makePrimary(@PathVariable UUID caseId, @PathVariable UUID personId,
                                                     @Valid @RequestBody PrimaryRequest body, Authentication who) {
        return ResponseEntity.status(201).body(people.makePrimary(caseId, personId, body.from(), body.reason(), who));
    }

    @PostMapping("/{personId}/contact-details")
    @Operation(summary = "Change a person's contact details", description = "Caseworkers. In full: a blank field "
            + "is cleared. Every change is an event; 409 SAME_DESCRIPTION when nothing changes.")
    public ResponseEntity<PeopleWritten> contactDetails(@PathVariable UUID caseId, @PathVariable UUID personId,
                                                        @Valid @RequestBody ContactDetailsRequest body,
                                                        Authentication who) {
        return ResponseEntity.status(201).body(people.changeContactDetails(caseId, personId, body.details(), who));
    }

    @PostMapping("/{personId}/consents")
    @Operation(summary = "Record a person's consents", description = "Contact, use of their DNA reference, publicity; "
            + "with the document that records them.")
    public ResponseEntity<PeopleWritten> consents(@PathVariable UUID caseId, @PathVariable UUID personId,
                                                  @Valid @RequestBody ConsentsRequest body, Authentication who) {
        return ResponseEntity.status(201).body(people.recordConsents(caseId, personId, body.consents(), body.source(),
                who));
    }

    @PostMapping("/{personId}/account")
    @Operation(summary = "Make a family account the person's own", description = "Admins and caseworkers. The "
            + "account must be a family account linked to the case (400 otherwise); one account per person and one "
            + "person per account on a case (409 ALREADY_LINKED).")
    public ResponseEntity<PeopleWritten> linkAccount(@PathVariable UUID caseId, @PathVariable UUID personId,
                                                     @Valid @RequestBody AccountLinkRequest body, Authentication who) {
        return ResponseEntity.status(201).body(people.linkAccount(caseId, personId, body.username(), body.reason(),
                who));
    }

    @PostMapping("/me/contact-details")
    @Operation(summary = "Change my own contact details", description = "A family account whose person record on the "
            + "case it is (see /account): its own contact details in full. 404 NO_PERSON_RECORD when the account is "
            + "no person's yet; other roles 403.")
    public ResponseEntity<PeopleWritten> myContactDetails(@PathVariable UUID caseId,
                                                          @Valid @RequestBody ContactDetailsRequest body,
                                                          Authentication who) {
        return ResponseEntity.status(201).body(people.changeOwnContactDetails(caseId, body.details(), who));
    }
}
