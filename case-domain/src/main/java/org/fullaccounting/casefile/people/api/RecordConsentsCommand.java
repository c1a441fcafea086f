package org.fullaccounting.casefile.people.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Records what a person has consented to, and where that consent is written down. */
public record RecordConsentsCommand(UUID caseId, UUID personId, Consents consents, String source) implements PeopleCommand {

    @TargetAggregateIdentifier
    public UUID peopleId() {
        return PeopleId.of(caseId);
    }
}
