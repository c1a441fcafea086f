package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/** Records capture, internment in a camp, or a transfer, with its source. */
public record RecordCaptivityFactCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        CaptivityFactKind kind,
        HistoricalDate on,
        String place,
        String by,
        String camp,
        String destination,
        String source,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public RecordCaptivityFactCommand(UUID caseId, UUID entryId, CaptivityFactKind kind, HistoricalDate on,
                                      String place, String by, String camp, String destination, String source,
                                      Long expectedVersion) {
        this(caseId, entryId, kind, on, place, by, camp, destination, source, expectedVersion, null);
    }
}
