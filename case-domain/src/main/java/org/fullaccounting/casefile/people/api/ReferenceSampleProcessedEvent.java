package org.fullaccounting.casefile.people.api;


import java.time.LocalDate;
import java.util.UUID;

/** The laboratory processed a reference sample: it is usable for comparisons. */
public record ReferenceSampleProcessedEvent(UUID caseId, UUID sampleId, LocalDate processedOn, String labReference) implements PeopleEvent {
}
