package org.fullaccounting.projections.findings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A finding and the cases (the reader may see) it was applied to; {@code to}: the status it gave, or null. */
public record FindingView(UUID findingId, String title, String by, String date, String source, UUID sourceId,
                          String to, Instant recordedAt, String recordedBy, List<FindingCase> cases) {

    /** One case the finding was applied to, with the status it replaced (when it changed one). */
    public record FindingCase(UUID caseId, UUID entryId, String serviceNumber, String name, String from,
                              boolean retracted) {
    }
}
