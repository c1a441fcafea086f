package org.fullaccounting.casefile.places.api;

import java.util.UUID;

/** Every event of a loss incident; the compiler lists them. */
public sealed interface IncidentEvent permits IncidentRecordedEvent, CasesLinkedToIncidentEvent {

    UUID incidentId();
}
