package org.fullaccounting.projections.people;

import org.fullaccounting.casefile.people.api.Line;
import org.fullaccounting.casefile.people.api.SampleType;

import java.time.LocalDate;
import java.util.UUID;

/** One reference sample with its donor's name; usable once processed. */
public record SampleView(UUID sampleId, UUID caseId, UUID donorId, String donorName, SampleType type, Line line,
                         LocalDate requestedOn, LocalDate receivedOn, LocalDate processedOn, String labReference) {

    public boolean usable() {
        return processedOn != null;
    }
}
