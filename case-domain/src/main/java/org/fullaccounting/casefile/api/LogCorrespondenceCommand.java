package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Files a letter, memorandum, telegram, call or meeting concerning the case. */
public record LogCorrespondenceCommand(
        @TargetAggregateIdentifier UUID caseId,
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
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public LogCorrespondenceCommand(UUID caseId, UUID entryId, HistoricalDate date, CorrespondenceKind kind,
                                    Direction direction, String from, String to, String subject, String summary,
                                    String documentRef, boolean restricted, Long expectedVersion) {
        this(caseId, entryId, date, kind, direction, from, to, subject, summary, documentRef, restricted, expectedVersion, null);
    }
}
