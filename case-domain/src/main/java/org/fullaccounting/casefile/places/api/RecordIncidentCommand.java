package org.fullaccounting.casefile.places.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RecordIncidentCommand(@TargetAggregateIdentifier UUID incidentId, IncidentDescription description)
        implements IncidentCommand {
}
