package org.fullaccounting.casefile.places.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;
import java.util.UUID;

/** Says these cases were lost in the incident, and why. The cases' existence is the application's to check. */
public record LinkCasesToIncidentCommand(@TargetAggregateIdentifier UUID incidentId, UUID linkId, List<UUID> caseIds,
                                         String reason) implements IncidentCommand {
}
