package org.fullaccounting.api.application.admin;

/**
 * One event a read model could not apply, set aside. {@code caseId} is its sequence (later events of
 * the same case wait behind it); {@code position} its global index in the event stream;
 * {@code sequenceNumber} its number within the case; {@code cause} what the handler reported;
 * {@code enqueuedAt} when it was parked, {@code lastTried} when it was last parked or retried.
 */
public record ParkedEvent(
        String caseId,
        String eventType,
        Long position,
        Long sequenceNumber,
        long indexInQueue,
        String causeType,
        String cause,
        String enqueuedAt,
        String lastTried) {
}
