package org.fullaccounting.projections.correspondence;

import org.fullaccounting.casefile.api.CorrespondenceKind;
import org.fullaccounting.casefile.api.Direction;

import java.time.Instant;
import java.util.UUID;

/** One item of the register. {@code date} is as the document gives it ("1985", "1954-01-26"). */
public record CorrespondenceView(
        UUID entryId,
        UUID caseId,
        String serviceNumber,
        String name,
        String date,
        CorrespondenceKind kind,
        Direction direction,
        String from,
        String to,
        String subject,
        String summary,
        String documentRef,
        boolean restricted,
        Instant recordedAt,
        String recordedBy,
        boolean retracted,
        String retractionReason) {
}
