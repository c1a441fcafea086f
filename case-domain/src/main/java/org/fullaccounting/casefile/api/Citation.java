package org.fullaccounting.casefile.api;

import java.util.UUID;

/**
 * A case entry's reference to a document of the source register: which source, and where in it
 * (page, paragraph; short free text, may be absent). It stands beside the entry's free-text source
 * or instead of it. The event keeps only the id: the source's title and archive reference are read
 * from the register when the history is shown, so a corrected title shows everywhere it is cited.
 * Absent from the stored JSON when an entry cites nothing (AxonSerializers), so such an entry is
 * stored exactly as before the field existed.
 */
public record Citation(UUID sourceId, String locator) {

    /**
     * The citation as sent: null when neither part is; a locator without its source stays, for the
     * case to refuse ("sourceId is required") rather than drop it unseen.
     */
    public static Citation ofNullable(UUID sourceId, String locator) {
        String where = locator == null || locator.isBlank() ? null : locator.trim();
        return sourceId == null && where == null ? null : new Citation(sourceId, where);
    }
}
