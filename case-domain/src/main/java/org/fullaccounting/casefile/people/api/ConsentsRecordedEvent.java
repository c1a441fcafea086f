package org.fullaccounting.casefile.people.api;


import java.util.UUID;

/** What a person has consented to, as they now are. */
public record ConsentsRecordedEvent(UUID caseId, UUID personId, Consents consents, String source) implements PeopleEvent {
}
