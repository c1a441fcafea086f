package org.fullaccounting.api.application.places;

import org.fullaccounting.projections.places.CampView;
import org.fullaccounting.projections.places.PlacedCase;

import java.util.List;

/** One camp with its cases. */
public record CampPage(CampView camp, List<PlacedCase> cases) {
}
