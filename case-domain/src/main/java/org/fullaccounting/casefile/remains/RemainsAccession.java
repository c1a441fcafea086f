package org.fullaccounting.casefile.remains;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.remains.api.*;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;

/**
 * One accession of remains: a box of the 208 North Korea returned in 1990-94 (K208), the findings
 * of one joint recovery operation, a box of the 55 of 2018 (K55), a Punchbowl unknown disinterred.
 * One accession holds candidates from many cases.
 *
 * <p>Lifecycle: received once with its description. From then on cases are added as candidates,
 * each at most once and with the reason; a candidate may be excluded (with the reason) or
 * identified (method, date, the sample it matched), but not both and not twice. Nothing is
 * undone: an accession's record only grows. An identification here is the accession's side; the
 * application records it on the case in the same transaction, which is what accounts for the case.
 * Handlers answer with the accession's version: the number of its events.
 *
 * <p>The state is only what the rules read: the candidates, the excluded and the identified.
 */
public class RemainsAccession {

    @AggregateIdentifier
    private UUID accessionId;
    private final Set<UUID> candidates = new HashSet<>();
    private final Set<UUID> excluded = new HashSet<>();
    private final Set<UUID> identified = new HashSet<>();

    protected RemainsAccession() { // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Long handle(ReceiveAccessionCommand command) {
        requirePresent(command.accessionId(), "accessionId");
        AccessionDescription d = command.description();
        requirePresent(d, "description");
        requireText(d.name(), "name");
        requirePresent(d.receivedOn(), "receivedOn");
        return record(new AccessionReceivedEvent(command.accessionId(),
                new AccessionDescription(d.name().trim(), d.receivedOn(), blankToNull(d.origin()), blankToNull(d.lot()))));
    }

    @CommandHandler
    public Long handle(AddCandidateCommand command) {
        requirePresent(command.caseId(), "caseId");
        requireText(command.reason(), "reason");
        requireNotYetCandidate(command.caseId());
        return record(new CandidateAddedEvent(accessionId, command.caseId(), command.reason().trim()));
    }

    @CommandHandler
    public Long handle(ExcludeCandidateCommand command) {
        requirePresent(command.caseId(), "caseId");
        requireText(command.reason(), "reason");
        requireOpenCandidate(command.caseId());
        return record(new CandidateExcludedEvent(accessionId, command.caseId(), command.reason().trim()));
    }

    @CommandHandler
    public Long handle(IdentifyCandidateCommand command) {
        requirePresent(command.caseId(), "caseId");
        requirePresent(command.method(), "method");
        requirePresent(command.identifiedOn(), "identifiedOn");
        requireText(command.sample(), "sample");
        requireOpenCandidate(command.caseId());
        return record(new CandidateIdentifiedEvent(accessionId, command.caseId(), command.method(),
                command.identifiedOn(), command.sample().trim()));
    }

    @EventSourcingHandler
    void on(AccessionReceivedEvent event) {
        accessionId = event.accessionId();
    }

    @EventSourcingHandler
    void on(CandidateAddedEvent event) {
        candidates.add(event.caseId());
    }

    @EventSourcingHandler
    void on(CandidateExcludedEvent event) {
        excluded.add(event.caseId());
    }

    @EventSourcingHandler
    void on(CandidateIdentifiedEvent event) {
        identified.add(event.caseId());
    }

    /** A case is a candidate of an accession at most once, whatever became of it. */
    private void requireNotYetCandidate(UUID caseId) {
        if (candidates.contains(caseId)) {
            throw new CaseRuleViolation(ALREADY_CANDIDATE, "caseId", "case " + caseId + " is already a candidate");
        }
    }

    /** Only a candidate neither excluded nor identified can be excluded or identified. */
    private void requireOpenCandidate(UUID caseId) {
        if (!candidates.contains(caseId)) {
            throw new CaseRuleViolation(NOT_A_CANDIDATE, "caseId", "case " + caseId + " is not a candidate of this accession");
        }
        if (excluded.contains(caseId)) {
            throw new CaseRuleViolation(CANDIDATE_EXCLUDED, "caseId", "case " + caseId + " was excluded from this accession");
        }
        if (identified.contains(caseId)) {
            throw new CaseRuleViolation(ALREADY_IDENTIFIED, "caseId", "case " + caseId + " was identified in this accession");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    private static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static Long record(AccessionEvent event) {
        AggregateLifecycle.apply(event);
        return AggregateLifecycle.getVersion() + 1;
    }
}
