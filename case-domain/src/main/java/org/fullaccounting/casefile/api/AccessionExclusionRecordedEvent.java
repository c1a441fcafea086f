package org.fullaccounting.casefile.api;

import java.util.UUID;

/** The case was ruled out of a remains accession, and why. */
public record AccessionExclusionRecordedEvent(
        UUID caseId,
        UUID entryId,
        AccessionRef accession,
        String reason) implements CaseEvent {
}
