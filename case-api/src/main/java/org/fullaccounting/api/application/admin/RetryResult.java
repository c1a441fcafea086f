package org.fullaccounting.api.application.admin;

/** A retry of one read model's parked events: cases tried, cases that went through, events still parked. */
public record RetryResult(String name, int casesTried, int casesApplied, long stillParked) {
}
