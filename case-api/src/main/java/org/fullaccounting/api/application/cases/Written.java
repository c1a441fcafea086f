package org.fullaccounting.api.application.cases;

import java.util.UUID;

/**
 * The answer to a successful write: the case, the new entry, and the case's version after it
 * (use it as If-Match for the next write, or to wait for read models to catch up).
 */
public record Written(UUID caseId, UUID entryId, long version) {
}
