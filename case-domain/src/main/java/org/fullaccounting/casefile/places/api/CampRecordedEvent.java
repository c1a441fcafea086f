package org.fullaccounting.casefile.places.api;

import java.util.UUID;

public record CampRecordedEvent(UUID campId, CampDescription description) implements CampEvent {
}
