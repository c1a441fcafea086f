package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Replaces a person's contact details (by a caseworker, or by the person through their own account). */
public record ChangeContactDetailsCommand(UUID caseId, UUID personId, ContactDetails details) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
