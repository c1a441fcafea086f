package org.fullaccounting.api.web.places.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.api.web.cases.requests.PartialDate;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.places.api.IncidentDescription;

import java.util.List;

/** POST /api/incidents: a loss incident, its dates (often a range), place and units as the sources give them. */
public record IncidentRequest(
        @NotBlank @Size(max = 300) String name,
        @PartialDate String dates,
        @Size(max = 500) String place,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> units) {

    public IncidentDescription description() {
        return new IncidentDescription(name, HistoricalDate.ofNullable(dates), place, units);
    }
}
