package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * A finding made once for many cases ("Findings of death under the Missing Persons Act", by the
 * Army, 1954): its id (shared by every case it was applied to), title, who made it, its date, its
 * source (free text, a registered source's id, or both) and, when it changes status, the status it
 * gives (null: a finding that records, as a note would, without changing the status).
 */
public record Finding(UUID findingId, String title, String by, HistoricalDate date, String source, UUID sourceId,
                      CaseStatus to) {
}
