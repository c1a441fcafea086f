package org.fullaccounting.casefile.remains.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

/** Enters a set of remains received (a box, a lot, a disinterment) as an accession. */
public record ReceiveAccessionCommand(@TargetAggregateIdentifier UUID accessionId, AccessionDescription description)
        implements AccessionCommand {
}
