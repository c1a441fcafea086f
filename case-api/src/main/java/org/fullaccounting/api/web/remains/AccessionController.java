package org.fullaccounting.api.web.remains;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.fullaccounting.api.application.remains.AccessionPage;
import org.fullaccounting.api.application.remains.AccessionWritten;
import org.fullaccounting.api.application.remains.Accessions;
import org.fullaccounting.api.web.QueryParameters;
import org.fullaccounting.api.web.remains.requests.AccessionRequest;
import org.fullaccounting.api.web.remains.requests.CandidateRequest;
import org.fullaccounting.api.web.remains.requests.IdentificationRequest;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.remains.AccessionView;
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

/** Remains accessions: what was received, the cases it may hold, and what became of each. */
@RestController
@RequestMapping("/api/accessions")
@Tag(name = "Remains accessions", description = "Remains received (a K208 box, a joint recovery operation's "
        + "findings, a K55 box, a Punchbowl unknown disinterred), the cases each may hold, their exclusions and "
        + "identifications. Caseworkers write; caseworkers and auditors read; families read only, in their own "
        + "case's history, that it was considered.")
public class AccessionController {

    private final Accessions accessions;

    AccessionController(Accessions accessions) {
        this.accessions = accessions;
    }

    @PostMapping
    @Operation(summary = "Receive an accession", description = "name and receivedOn are required; receivedOn as "
            + "the source dates it, possibly a range.")
    public ResponseEntity<AccessionWritten> receive(@Valid @RequestBody AccessionRequest body, Authentication who) {
        AccessionWritten written = accessions.receive(body.description(), who);
        return ResponseEntity.created(URI.create("/api/accessions/" + written.accessionId())).body(written);
    }

    @GetMapping
    @Operation(summary = "List accessions", description = "By the date received, each with its number of candidates "
            + "and of identifications.")
    public List<AccessionView> list(@RequestParam(defaultValue = "200") @QueryParameters.PageSize int limit,
                                    Authentication who) {
        return accessions.list(limit, who);
    }

    @GetMapping("/{accessionId}")
    @Operation(summary = "One accession with its candidates", description = "Each candidate case with its name, "
            + "why it is a candidate, and its outcome: CANDIDATE, EXCLUDED (with the reason) or IDENTIFIED (method, date, "
            + "sample).")
    public AccessionPage read(@PathVariable UUID accessionId, Authentication who) {
        return accessions.read(accessionId, who);
    }

    @PostMapping("/{accessionId}/candidates")
    @Operation(summary = "Add a candidate case", description = "The case must exist; a case is a candidate of an "
            + "accession at most once (409 ALREADY_CANDIDATE). The case's history records it in the same transaction.")
    public ResponseEntity<AccessionWritten> addCandidate(@PathVariable UUID accessionId,
                                                         @Valid @RequestBody CandidateRequest body, Authentication who) {
        return ResponseEntity.status(201).body(accessions.addCandidate(accessionId, body.caseId(), body.reason(), who));
    }

    @PostMapping("/{accessionId}/exclusions")
    @Operation(summary = "Rule a candidate out", description = "Only a candidate neither excluded nor identified "
            + "(409 NOT_A_CANDIDATE, CANDIDATE_EXCLUDED, ALREADY_IDENTIFIED).")
    public ResponseEntity<AccessionWritten> exclude(@PathVariable UUID accessionId,
                                                    @Valid @RequestBody CandidateRequest body, Authentication who) {
        return ResponseEntity.status(201).body(accessions.exclude(accessionId, body.caseId(), body.reason(), who));
    }

    @PostMapping("/{accessionId}/identifications")
    @Operation(summary = "Identify a candidate", description = "Only a candidate neither excluded nor identified. "
            + "Recorded on the accession and on the case in one transaction: the case becomes accounted for, or, "
            + "if the case refuses (409 ALREADY_ACCOUNTED_FOR), neither is recorded.")
    public ResponseEntity<AccessionWritten> identify(@PathVariable UUID accessionId,
                                                     @Valid @RequestBody IdentificationRequest body, Authentication who) {
        return ResponseEntity.status(201).body(accessions.identify(accessionId, body.caseId(), body.method(),
                HistoricalDate.ofNullable(body.identifiedOn()), body.sample(), who));
    }
}
