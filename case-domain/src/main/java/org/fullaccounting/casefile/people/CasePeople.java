package org.fullaccounting.casefile.people;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.people.api.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.people.PeopleChecks.*;

/**
 * The people of one case: the serviceman's relatives, which of them is the primary next of kin,
 * how to reach them, what they consented to, which family account is whose, and the DNA reference
 * samples they gave.
 *
 * <p>An aggregate of its own beside the case (CaseFile), under an id derived from the case's
 * (PeopleId): relatives' contact details and consents are personal data of living people, not the
 * serviceman's history, so they stay out of the case's stream, its history, its family timeline and
 * its exports by construction; a family member updating their own telephone number does not move
 * the case's version under a caseworker's If-Match; and every rule here (one primary at a time, a
 * donor on the case) reads only people and samples.
 *
 * <p>Lifecycle: begins with the first person added. People are corrected in full with a reason, and
 * may die (once, never before their birth); the primary next of kin is named, one at a time, only
 * among the living; when the primary dies the death may name the successor, else the case has no
 * primary until one is named. A sample is requested from a donor on the case, in the line its type
 * is inherited through, then received, then processed (each once, in that order, never dated before
 * the step before): processed, it is usable. Nothing is deleted. Handlers answer with the record's
 * version: the number of its events.
 */
public class CasePeople {

    @AggregateIdentifier
    private UUID peopleId;
    private final Map<UUID, Person> people = new HashMap<>();
    private final Map<UUID, Sample> samples = new HashMap<>();
    private UUID primary;

    /** What the rules read of a person. */
    private record Person(String name, Relationship relationship, HistoricalDate bornOn, HistoricalDate diedOn,
                          String account, ContactDetails contact) {
    }

    private record Sample(LocalDate requestedOn, LocalDate receivedOn, LocalDate processedOn) {
    }

    protected CasePeople() { // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Long handle(AddPersonCommand command) {
        requirePresent(command.caseId(), "caseId");
        requirePresent(command.personId(), "personId");
        requireText(command.name(), "name");
        requirePresent(command.relationship(), "relationship");
        if (people.containsKey(command.personId())) {
            throw new CaseRuleViolation(FIELD_INVALID, "personId", "the case already has person " + command.personId());
        }
        return record(new PersonAddedEvent(command.caseId(), command.personId(), command.name().trim(),
                command.relationship(), command.bornOn()));
    }

    @CommandHandler
    public Long handle(CorrectPersonCommand command) {
        Person person = requireOnCase(command.personId(), "personId");
        requireText(command.name(), "name");
        requirePresent(command.relationship(), "relationship");
        requireText(command.reason(), "reason");
        requireBornBeforeDeath(command.bornOn(), person.diedOn(), "bornOn");
        if (person.name().equals(command.name().trim()) && person.relationship() == command.relationship()
                && Objects.equals(person.bornOn(), command.bornOn())) {
            throw new CaseRuleViolation(SAME_DESCRIPTION, null, "the person is already recorded exactly so");
        }
        return record(new PersonCorrectedEvent(command.caseId(), command.personId(), command.name().trim(),
                command.relationship(), command.bornOn(), command.reason().trim()));
    }

    /**
     * A death, and when the dead person was the primary next of kin, the succession it names: the
     * successor becomes primary from the day of the death.
     */
    @CommandHandler
    public Long handle(RecordDeathCommand command) {
        Person person = requireOnCase(command.personId(), "personId");
        requirePresent(command.diedOn(), "diedOn");
        requireText(command.source(), "source");
        requireLiving(person, "personId");
        requireBornBeforeDeath(person.bornOn(), command.diedOn(), "diedOn");
        Person successor = command.successorId() == null ? null : requireSuccessor(command);
        Long version = record(new PersonDiedEvent(command.caseId(), command.personId(), command.diedOn(),
                command.source().trim()));
        if (successor == null) {
            return version;
        }
        return record(new PrimaryNextOfKinNamedEvent(command.caseId(), command.successorId(), command.personId(),
                command.diedOn(), "succession on the death of " + person.name()));
    }

    @CommandHandler
    public Long handle(NamePrimaryNextOfKinCommand command) {
        Person person = requireOnCase(command.personId(), "personId");
        requireText(command.reason(), "reason");
        requireLiving(person, "personId");
        requireNotAlreadyPrimary(command.personId());
        return record(new PrimaryNextOfKinNamedEvent(command.caseId(), command.personId(), primary, command.since(),
                command.reason().trim()));
    }

    @CommandHandler
    public Long handle(ChangeContactDetailsCommand command) {
        Person person = requireOnCase(command.personId(), "personId");
        requirePresent(command.details(), "details");
        requireLiving(person, "personId");
        ContactDetails details = trimmed(command.details());
        if (details.equals(person.contact())) {
            throw new CaseRuleViolation(SAME_DESCRIPTION, null, "the contact details are already exactly so");
        }
        return record(new ContactDetailsChangedEvent(command.caseId(), command.personId(), details));
    }

    @CommandHandler
    public Long handle(RecordConsentsCommand command) {
        requireOnCase(command.personId(), "personId");
        requirePresent(command.consents(), "consents");
        requireText(command.source(), "source");
        return record(new ConsentsRecordedEvent(command.caseId(), command.personId(), command.consents(),
                command.source().trim()));
    }

    @CommandHandler
    public Long handle(LinkAccountToPersonCommand command) {
        Person person = requireOnCase(command.personId(), "personId");
        requireText(command.username(), "username");
        requireText(command.reason(), "reason");
        requireLiving(person, "personId");
        requireAccountFree(command.personId(), person, command.username());
        return record(new AccountLinkedToPersonEvent(command.caseId(), command.personId(), command.username(),
                command.reason().trim()));
    }

    @CommandHandler
    public Long handle(RequestReferenceSampleCommand command) {
        requirePresent(command.sampleId(), "sampleId");
        requirePresent(command.donorId(), "donorId");
        requirePresent(command.type(), "type");
        requirePresent(command.line(), "line");
        requirePresent(command.requestedOn(), "requestedOn");
        requireDonorOnCase(command.donorId());
        requireLineOfType(command.type(), command.line());
        if (samples.containsKey(command.sampleId())) {
            throw new CaseRuleViolation(FIELD_INVALID, "sampleId", "the case already has sample " + command.sampleId());
        }
        return record(new ReferenceSampleRequestedEvent(command.caseId(), command.sampleId(), command.donorId(),
                command.type(), command.line(), command.requestedOn()));
    }

    @CommandHandler
    public Long handle(ReceiveReferenceSampleCommand command) {
        Sample sample = requireSample(command.sampleId());
        requirePresent(command.receivedOn(), "receivedOn");
        if (sample.receivedOn() != null) {
            throw new CaseRuleViolation(SAMPLE_OUT_OF_ORDER, null, "the sample was already received on " + sample.receivedOn());
        }
        requireNotBefore(command.receivedOn(), sample.requestedOn(), "receivedOn", "requested");
        return record(new ReferenceSampleReceivedEvent(command.caseId(), command.sampleId(), command.receivedOn()));
    }

    @CommandHandler
    public Long handle(ProcessReferenceSampleCommand command) {
        Sample sample = requireSample(command.sampleId());
        requirePresent(command.processedOn(), "processedOn");
        requireText(command.labReference(), "labReference");
        if (sample.receivedOn() == null) {
            throw new CaseRuleViolation(SAMPLE_OUT_OF_ORDER, null, "the sample has not been received yet");
        }
        if (sample.processedOn() != null) {
            throw new CaseRuleViolation(SAMPLE_OUT_OF_ORDER, null, "the sample was already processed on " + sample.processedOn());
        }
        requireNotBefore(command.processedOn(), sample.receivedOn(), "processedOn", "received");
        return record(new ReferenceSampleProcessedEvent(command.caseId(), command.sampleId(), command.processedOn(),
                command.labReference().trim()));
    }

    @EventSourcingHandler
    void on(PersonAddedEvent event) {
        peopleId = PeopleId.of(event.caseId());
        people.put(event.personId(), new Person(event.name(), event.relationship(), event.bornOn(), null, null,
                ContactDetails.none()));
    }

    @EventSourcingHandler
    void on(PersonCorrectedEvent event) {
        Person p = people.get(event.personId());
        people.put(event.personId(), new Person(event.name(), event.relationship(), event.bornOn(), p.diedOn(),
                p.account(), p.contact()));
    }

    @EventSourcingHandler
    void on(PersonDiedEvent event) {
        Person p = people.get(event.personId());
        people.put(event.personId(), new Person(p.name(), p.relationship(), p.bornOn(), event.diedOn(), p.account(),
                p.contact()));
        if (event.personId().equals(primary)) {
            primary = null;
        }
    }

    @EventSourcingHandler
    void on(PrimaryNextOfKinNamedEvent event) {
        primary = event.personId();
    }

    @EventSourcingHandler
    void on(ContactDetailsChangedEvent event) {
        Person p = people.get(event.personId());
        people.put(event.personId(), new Person(p.name(), p.relationship(), p.bornOn(), p.diedOn(), p.account(),
                event.details()));
    }

    @EventSourcingHandler
    void on(AccountLinkedToPersonEvent event) {
        Person p = people.get(event.personId());
        people.put(event.personId(), new Person(p.name(), p.relationship(), p.bornOn(), p.diedOn(), event.username(),
                p.contact()));
    }

    @EventSourcingHandler
    void on(ReferenceSampleRequestedEvent event) {
        samples.put(event.sampleId(), new Sample(event.requestedOn(), null, null));
    }

    @EventSourcingHandler
    void on(ReferenceSampleReceivedEvent event) {
        Sample s = samples.get(event.sampleId());
        samples.put(event.sampleId(), new Sample(s.requestedOn(), event.receivedOn(), null));
    }

    @EventSourcingHandler
    void on(ReferenceSampleProcessedEvent event) {
        Sample s = samples.get(event.sampleId());
        samples.put(event.sampleId(), new Sample(s.requestedOn(), s.receivedOn(), event.processedOn()));
    }

    private Person requireOnCase(UUID personId, String field) {
        requirePresent(personId, field);
        Person person = people.get(personId);
        if (person == null) {
            throw new CaseRuleViolation(UNKNOWN_PERSON, field, "no person " + personId + " on this case");
        }
        return person;
    }

    /** A person recorded dead cannot be primary, be reached, or sign in as themselves. */
    private static void requireLiving(Person person, String field) {
        if (person.diedOn() != null) {
            throw new CaseRuleViolation(PERSON_DECEASED, field, person.name() + " died " + person.diedOn());
        }
    }

    /** One primary next of kin at a time: naming the one who already is changes nothing. */
    private void requireNotAlreadyPrimary(UUID personId) {
        if (personId.equals(primary)) {
            throw new CaseRuleViolation(ALREADY_PRIMARY, "personId", "already the primary next of kin");
        }
    }

    /** Succession follows only the primary's death, and names another living person on the case. */
    private Person requireSuccessor(RecordDeathCommand command) {
        if (!command.personId().equals(primary)) {
            throw new CaseRuleViolation(FIELD_INVALID, "successorId",
                    "a successor is named only on the death of the primary next of kin");
        }
        if (command.successorId().equals(command.personId())) {
            throw new CaseRuleViolation(FIELD_INVALID, "successorId", "a person cannot succeed themselves");
        }
        Person successor = requireOnCase(command.successorId(), "successorId");
        requireLiving(successor, "successorId");
        return successor;
    }

    /** A family account is one person's, and a person has one account. */
    private void requireAccountFree(UUID personId, Person person, String username) {
        if (person.account() != null) {
            throw new CaseRuleViolation(ALREADY_LINKED, "personId", "the person already has the account " + person.account());
        }
        people.forEach((id, other) -> {
            if (!id.equals(personId) && username.equals(other.account())) {
                throw new CaseRuleViolation(ALREADY_LINKED, "username", username + " is already another person's account");
            }
        });
    }

    /** The donor must be on the case. */
    private void requireDonorOnCase(UUID donorId) {
        if (!people.containsKey(donorId)) {
            throw new CaseRuleViolation(DONOR_NOT_ON_CASE, "donorId", "the donor must be a person on the case");
        }
    }

    private Sample requireSample(UUID sampleId) {
        requirePresent(sampleId, "sampleId");
        Sample sample = samples.get(sampleId);
        if (sample == null) {
            throw new CaseRuleViolation(UNKNOWN_SAMPLE, "sampleId", "no sample " + sampleId + " on this case");
        }
        return sample;
    }

    private static Long record(PeopleEvent event) {
        AggregateLifecycle.apply(event);
        return AggregateLifecycle.getVersion() + 1;
    }
}
