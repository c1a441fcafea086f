package org.fullaccounting.casefile.people.api;


import java.util.UUID;

/** A person's contact details as they now are; who changed them is in the metadata. */
public record ContactDetailsChangedEvent(UUID caseId, UUID personId, ContactDetails details) implements PeopleEvent {
}
