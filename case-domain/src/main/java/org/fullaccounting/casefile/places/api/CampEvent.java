package org.fullaccounting.casefile.places.api;

import java.util.UUID;

/** Every event of a camp; the compiler lists them. */
public sealed interface CampEvent permits CampRecordedEvent, CasesLinkedToCampEvent {

    UUID campId();
}
