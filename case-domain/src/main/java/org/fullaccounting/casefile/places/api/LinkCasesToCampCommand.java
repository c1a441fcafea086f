package org.fullaccounting.casefile.places.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Says these cases' men were held in the camp, and why. The cases' existence is the application's to check. */
public record LinkCasesToCampCommand(@TargetAggregateIdentifier UUID campId, UUID linkId, List<UUID> caseIds,
                                     String reason) implements CampCommand {
}
