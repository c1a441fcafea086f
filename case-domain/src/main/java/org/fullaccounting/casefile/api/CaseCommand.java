package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * A command addressed to an existing case. {@code expectedVersion} is the aggregate version the
 * sender last saw (null: no expectation); a stale one is rejected instead of overwriting.
 */
public interface CaseCommand {

    UUID caseId();

    UUID entryId();

    Long expectedVersion();
}
