package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.casefile.api.CaseVersion;

/**
 * A case's ETag is its version: the number of events recorded for it ({@link CaseVersion}, which
 * also keeps the one conversion to Axon's sequence numbers).
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return of(new CaseVersion(version));
    }

    public static String of(CaseVersion version) {
        return "\"" + version.value() + "\"";
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
            return new CaseVersion(version).lastSequence();
        } catch (NumberFormatException e) {
            throw Refusal.invalidHeader("If-Match", "must be the ETag of the case, such as \"3\"");
        }
    }
}
