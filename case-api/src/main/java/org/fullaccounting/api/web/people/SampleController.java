package org.fullaccounting.api.web.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fullaccounting.api.application.people.CasePeopleService;
import org.fullaccounting.api.application.people.PeopleWritten;
import org.fullaccounting.api.web.QueryParameters;
import org.fullaccounting.api.web.people.requests.SampleProcessingRequest;
import org.fullaccounting.api.web.people.requests.SampleReceiptRequest;
import org.fullaccounting.api.web.people.requests.SampleRequest;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.people.CaseWithoutReference;
import org.fullaccounting.projections.people.ReferenceCoverage;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** DNA family reference samples of a case, and the board's coverage of open cases by mtDNA references. */
@RestController
@Tag(name = "Reference samples", description = "Family reference samples (mtDNA, Y-STR, auSTR) from donors on a "
        + "case: requested, received, processed (then usable)")
public class SampleController {

    private final CasePeopleService people;

    SampleController(CasePeopleService people) {
        this.people = people;
    }

    @PostMapping("/api/cases/{caseId}/samples")
    @Operation(summary = "Request a reference sample", description = "Caseworkers. The donor must be a person on the "
            + "case (400 DONOR_NOT_ON_CASE); mtDNA only from the MATERNAL line, Y_STR only from the PATERNAL "
            + "(400 WRONG_LINE); AU_STR from either. The samples are read with the case's people (GET .../people).")
    public ResponseEntity<PeopleWritten> request(@PathVariable UUID caseId, @Valid @RequestBody SampleRequest body,
                                                 Authentication who) {
        PeopleWritten written = people.requestSample(caseId, body.donorId(), body.type(), body.line(),
                body.requestedOn(), who);
        return ResponseEntity.created(URI.create("/api/cases/" + caseId + "/people")).body(written);
    }

    @PostMapping("/api/cases/{caseId}/samples/{sampleId}/receipt")
    @Operation(summary = "Record that the laboratory received a sample", description = "Once, not before it was "
            + "requested (400 DATE_OUT_OF_ORDER; 409 SAMPLE_OUT_OF_ORDER when already received).")
    public ResponseEntity<PeopleWritten> receive(@PathVariable UUID caseId, @PathVariable UUID sampleId,
                                                 @Valid @RequestBody SampleReceiptRequest body, Authentication who) {
        return ResponseEntity.status(201).body(people.receiveSample(caseId, sampleId, body.receivedOn(), who));
    }

    @PostMapping("/api/cases/{caseId}/samples/{sampleId}/processing")
    @Operation(summary = "Record that the laboratory processed a sample", description = "Once, after its receipt "
            + "(409 SAMPLE_OUT_OF_ORDER otherwise), with the laboratory's reference: from then on it is usable.")
    public ResponseEntity<PeopleWritten> process(@PathVariable UUID caseId, @PathVariable UUID sampleId,
                                                 @Valid @RequestBody SampleProcessingRequest body, Authentication who) {
        return ResponseEntity.status(201).body(people.processSample(caseId, sampleId, body.processedOn(),
                body.labReference(), who));
    }

    @GetMapping("/api/board/references")
    @Operation(summary = "Open cases with a usable mtDNA reference", description = "Open: every status but "
            + "ACCOUNTED_FOR. The share in percent, one decimal. Family accounts: zeros.")
    public ReferenceCoverage coverage(Authentication who) {
        return people.coverage(who);
    }

    @GetMapping("/api/board/references/missing")
    @Operation(summary = "Open cases with no usable mtDNA reference", description = "By name, paged from 0; "
            + "samplesPending counts mtDNA samples requested but not processed yet. Family accounts: empty.")
    public Page<CaseWithoutReference> missing(@RequestParam(defaultValue = "0") @QueryParameters.PageNumber int page,
                                              @RequestParam(defaultValue = "50") @QueryParameters.PageSize int size,
                                              Authentication who) {
        return people.withoutMtDna(page, size, who);
    }
}
