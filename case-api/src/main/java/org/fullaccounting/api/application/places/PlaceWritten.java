package org.fullaccounting.api.application.places;

import java.util.UUID;

/** The answer to a write to an incident or camp: its id and version (its number of events) after it. */
public record PlaceWritten(UUID id, long version) {
}
