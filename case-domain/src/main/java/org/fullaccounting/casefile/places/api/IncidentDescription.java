package org.fullaccounting.casefile.places.api;

import org.fullaccounting.casefile.api.HistoricalDate;

import java.util.List;

/**
 * A loss incident: the action or event in which men were lost, e.g. the fighting at Unsan or the
 * withdrawal from the Chosin Reservoir. {@code dates} as the sources give them, usually a range
 * ("1950-11-01/1950-11-02"); {@code place} as written; the units involved as written.
 */
public record IncidentDescription(String name, HistoricalDate dates, String place, List<String> units) {

    public IncidentDescription {
        units = units == null ? List.of() : List.copyOf(units);
    }
}
