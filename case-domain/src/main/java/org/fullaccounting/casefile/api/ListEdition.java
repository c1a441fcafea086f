package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * A named list as it stood when a case joined or left it: its name and keeper ("Last Seen Alive",
 * "DPMO"), the edition it was in (version and its date), and whether it is the list the Last Seen
 * Alive designation follows. Carried by the case's event, so its history needs no lookup.
 */
public record ListEdition(UUID listId, String name, String keeper, String version, HistoricalDate date,
                          boolean lastSeenAliveList) {
}
