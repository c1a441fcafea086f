package org.fullaccounting.casefile.people.api;


import java.time.LocalDate;
import java.util.UUID;

/** The laboratory received a reference sample. */
public record ReferenceSampleReceivedEvent(UUID caseId, UUID sampleId, LocalDate receivedOn) implements PeopleEvent {
}
