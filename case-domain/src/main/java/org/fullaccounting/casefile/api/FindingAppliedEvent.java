package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * A finding made for many cases was applied to this one. {@code from}: the status it replaced, or
 * null when the finding changes no status.
 */
public record FindingAppliedEvent(
        UUID caseId,
        UUID entryId,
        Finding finding,
        CaseStatus from) implements CaseEvent {
}
