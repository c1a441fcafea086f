package org.fullaccounting.api.web.cases.requests;

import org.fullaccounting.casefile.api.CaseCommand;

import java.util.UUID;

/**
 * A request for one new entry on a case, as the API and the web forms both take it. Turning it
 * into its command lives here, once, so both entrances record exactly the same thing.
 */
public interface EntryRequest {

    /** The command for a new entry with this id; {@code expectedVersion} null means no expectation. */
    CaseCommand command(UUID caseId, UUID entryId, Long expectedVersion);
}
