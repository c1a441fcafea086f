package org.fullaccounting.projections.caseheader;

import org.fullaccounting.casefile.api.CaseEvent;

import java.util.List;
import java.util.UUID;

/**
 * A case's events before a sequence number, from the event store. The header projection asks for
 * them only when its row is missing or behind (a case recorded before this read model existed),
 * to fold the header from the start instead of from nothing.
 */
@FunctionalInterface
public interface EarlierEvents {

    List<CaseEvent> before(UUID caseId, long sequenceNumber);
}
