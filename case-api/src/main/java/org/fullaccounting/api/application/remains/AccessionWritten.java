package org.fullaccounting.api.application.remains;

import java.util.UUID;

/**
 * The answer to a write to an accession: the accession and its version (its number of events) after
 * it, and, when the write also reached a case (a candidate, an exclusion, an identification), that
 * case and its version after it, so a client can wait for the case's history to show it.
 */
public record AccessionWritten(UUID accessionId, long version, UUID caseId, Long caseVersion) {
}
