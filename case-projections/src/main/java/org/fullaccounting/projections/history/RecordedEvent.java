package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.CaseEvent;

import java.time.Instant;

/** An event with what its message says about its recording: position in the case, time, user. */
public record RecordedEvent(CaseEvent event, long sequence, Instant recordedAt, String recordedBy) {
}
