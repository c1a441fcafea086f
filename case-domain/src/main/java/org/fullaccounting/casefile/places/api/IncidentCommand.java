package org.fullaccounting.casefile.places.api;

import java.util.UUID;

/** A command to one loss incident. */
public interface IncidentCommand {

    UUID incidentId();
}
