package org.fullaccounting.casefile.api;

import java.util.UUID;

/** Correspondence about the case was filed. */
public record CorrespondenceLoggedEvent(
        UUID caseId,
        UUID entryId,
        HistoricalDate date,
        CorrespondenceKind kind,
        Direction direction,
        String from,
        String to,
        String subject,
        String summary,
        String documentRef,
        boolean restricted,
        Citation citation) implements CaseEvent {
    /** Citing no registered source. */
    public CorrespondenceLoggedEvent(UUID caseId, UUID entryId, HistoricalDate date, CorrespondenceKind kind,
                                     Direction direction, String from, String to, String subject, String summary,
                                     String documentRef, boolean restricted) {
        this(caseId, entryId, date, kind, direction, from, to, subject, summary, documentRef, restricted, null);
    }
}
