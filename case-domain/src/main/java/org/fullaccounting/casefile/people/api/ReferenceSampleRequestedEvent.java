package org.fullaccounting.casefile.people.api;


import java.time.LocalDate;
import java.util.UUID;

/** A reference sample kit was sent to a donor on the case. */
public record ReferenceSampleRequestedEvent(UUID caseId, UUID sampleId, UUID donorId, SampleType type, Line line, LocalDate requestedOn) implements PeopleEvent {
}
