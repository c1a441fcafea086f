package org.fullaccounting.casefile.remains.api;

import java.util.UUID;

public record AccessionReceivedEvent(UUID accessionId, AccessionDescription description) implements AccessionEvent {
}
