package org.fullaccounting.casefile.places.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.UUID;

public record RecordCampCommand(@TargetAggregateIdentifier UUID campId, CampDescription description)
        implements CampCommand {
}
