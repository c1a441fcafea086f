package org.fullaccounting.api.application.places;

import org.fullaccounting.projections.places.IncidentView;
import org.fullaccounting.projections.places.PlacedCase;

import java.util.List;

/** One loss incident with its cases. */
public record IncidentPage(IncidentView incident, List<PlacedCase> cases) {
}
