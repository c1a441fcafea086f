package org.fullaccounting.api.web.namedlists;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.namedlists.ListPage;
import org.fullaccounting.api.application.namedlists.ListWritten;
import org.fullaccounting.api.application.namedlists.MembersWritten;
import org.fullaccounting.api.application.namedlists.NamedLists;
import org.fullaccounting.api.web.QueryParameters;
import org.fullaccounting.api.web.namedlists.requests.ListRequest;
import org.fullaccounting.api.web.namedlists.requests.ListRevisionRequest;
import org.fullaccounting.api.web.namedlists.requests.MembershipRequest;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.namedlists.NamedListView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Named lists kept by others (the Last Seen Alive list), and the cases on them. */
@RestController
@RequestMapping("/api/lists")
@Tag(name = "Named lists", description = "Lists of names kept by others (the Last Seen Alive list of DPMO/DPAA), "
        + "their editions, and the cases on them; joining and leaving a list is an entry of each case")
public class NamedListController {

    private final NamedLists lists;

    NamedListController(NamedLists lists) {
        this.lists = lists;
    }

    @PostMapping
    @Operation(summary = "Create a named list", description = "Caseworkers only. name, keeper and version are "
            + "required; date is the edition's as history gives it. lastSeenAlive marks the list the cases' Last Seen "
            + "Alive designation follows (board filter lastSeenAlive); only one list may be so marked "
            + "(409 LAST_SEEN_ALIVE_LIST_EXISTS).")
    public ResponseEntity<ListWritten> create(@Valid @RequestBody ListRequest body, Authentication who) {
        ListWritten written = lists.create(body.name(), body.keeper(), body.version(),
                HistoricalDate.ofNullable(body.date()), body.lastSeenAlive(), who);
        return ResponseEntity.created(URI.create("/api/lists/" + written.listId())).body(written);
    }

    @GetMapping
    @Operation(summary = "Every named list", description = "Family accounts see only the lists their own cases "
            + "are on, as FamilyListView (no member counts).")
    @ApiResponse(responseCode = "200", content = @Content(array = @ArraySchema(schema = @Schema(anyOf = {
            NamedListView.class, FamilyListView.class}))))
    public List<?> all(Authentication who) {
        List<NamedListView> found = lists.all(who);
        return AccessPolicy.familyView(who) ? found.stream().map(FamilyListView::of).toList() : found;
    }

    @GetMapping("/{listId}")
    @Operation(summary = "One list with a page of its members", description = "Members by name, page from 0. A "
            + "family sees only its own cases on the list, and gets 404 for a list none of them is on, exactly as "
            + "for a list that does not exist.")
    @ApiResponse(responseCode = "200", content = @Content(schema = @Schema(anyOf = {ListPage.class,
            FamilyListView.class})))
    public Object read(@PathVariable UUID listId,
                       @RequestParam(defaultValue = "0") @QueryParameters.PageNumber int page,
                       @RequestParam(defaultValue = "50") @QueryParameters.PageSize int size, Authentication who) {
        ListPage found = lists.read(listId, page, size, who);
        return AccessPolicy.familyView(who) ? FamilyListView.of(found) : found;
    }

    @PostMapping("/{listId}/revisions")
    @Operation(summary = "Record a new edition of the list", description = "version (and date) as the keeper "
            + "issued it, with a reason; 409 SAME_DESCRIPTION when it is the edition the list is at. Members keep "
            + "the edition they joined under.")
    public ResponseEntity<ListWritten> revise(@PathVariable UUID listId, @Valid @RequestBody ListRevisionRequest body,
                                              Authentication who) {
        return ResponseEntity.status(201).body(lists.revise(listId, body.version(),
                HistoricalDate.ofNullable(body.date()), body.reason(), who));
    }

    @PostMapping("/{listId}/members")
    @Operation(summary = "Put cases on the list", description = "caseId, caseIds and serviceNumbers name the "
            + "cases; source (text) or sourceId (a registered source) or both, and reason. One entry per case, all "
            + "or none: a case already on the list refuses the whole request (409 ALREADY_ON_LIST naming it in "
            + "caseId), an unknown case or source 400 naming it.")
    public ResponseEntity<MembersWritten> add(@PathVariable UUID listId, @Valid @RequestBody MembershipRequest body,
                                              Authentication who) {
        return ResponseEntity.status(201).body(lists.add(listId, body.change(), who));
    }

    @PostMapping("/{listId}/removals")
    @Operation(summary = "Take cases off the list", description = "As for members; a case not on the list refuses "
            + "the whole request (409 NOT_ON_LIST naming it). The membership stays in each case's history.")
    public ResponseEntity<MembersWritten> remove(@PathVariable UUID listId, @Valid @RequestBody MembershipRequest body,
                                                 Authentication who) {
        return ResponseEntity.status(201).body(lists.remove(listId, body.change(), who));
    }
}
