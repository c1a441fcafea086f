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
        boolean restricted) implements CaseEvent {
}
