package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Makes a family account the person's own: through it the person reads and updates their contact details. */
public record LinkAccountToPersonCommand(UUID caseId, UUID personId, String username, String reason) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
