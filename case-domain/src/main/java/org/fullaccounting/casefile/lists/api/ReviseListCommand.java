package org.fullaccounting.casefile.lists.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.UUID;

/** The keeper issued a new edition of the list: its version and date, and why it is recorded. */
public record ReviseListCommand(@TargetAggregateIdentifier UUID listId, UUID revisionId, String version,
                                HistoricalDate date, String reason) implements ListCommand {
}
