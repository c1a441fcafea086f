package org.fullaccounting.api.cases;

import org.fullaccounting.api.application.refusals.Refusal;

/**
 * A case's ETag is its version: the number of events recorded for it. Axon counts versions
 * from zero (the sequence number of the last event), hence the off-by-one kept in this one place.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** If-Match to the Axon version the command expects; null when absent or "*". */
    static Long expectedAggregateVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            long version = Long.parseLong(tag);
            if (version < 1) {
                throw new NumberFormatException();
            }
            return version - 1;
        } catch (NumberFormatException e) {
            throw Refusal.invalidHeader("If-Match", "must be the ETag of the case, such as \"3\"");
        }
    }
}
