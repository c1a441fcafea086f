package org.fullaccounting.projections.consistency;

import java.util.UUID;

/** One fact a read model states differently from the recount. */
public record Difference(String model, UUID caseId, String fact, Object expected, Object actual) {
}
