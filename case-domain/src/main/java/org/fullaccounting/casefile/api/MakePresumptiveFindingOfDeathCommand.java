package org.fullaccounting.casefile.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.UUID;

/**
 * Records a presumptive finding of death: who found it, when, and the date of death it presumes;
 * its source in free text, or by citing a registered source, or both.
 */
public record MakePresumptiveFindingOfDeathCommand(
        @TargetAggregateIdentifier UUID caseId,
        UUID entryId,
        HistoricalDate foundOn,
        HistoricalDate presumedDeathOn,
        String authority,
        String reason,
        String source,
        @TargetAggregateVersion Long expectedVersion,
        Citation citation) implements CaseCommand {
    /** Citing no registered source. */
    public MakePresumptiveFindingOfDeathCommand(UUID caseId, UUID entryId, HistoricalDate foundOn,
                                                HistoricalDate presumedDeathOn, String authority, String reason,
                                                String source, Long expectedVersion) {
        this(caseId, entryId, foundOn, presumedDeathOn, authority, reason, source, expectedVersion, null);
    }
}
