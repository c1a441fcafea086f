package org.fullaccounting.api.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Cases as a form types them, one per line (or separated by commas): a case id, or else a service
 * number (which may hold spaces: "RA 11 190 352"). Blank lines are left out.
 */
public record CaseRefs(List<UUID> caseIds, List<String> serviceNumbers) {

    public static CaseRefs parse(String text) {
        List<UUID> caseIds = new ArrayList<>();
        List<String> serviceNumbers = new ArrayList<>();
        for (String part : text == null ? new String[0] : text.split("[\\r\\n,]+")) {
            String ref = part.trim();
            if (ref.isEmpty()) {
                continue;
            }
            try {
                caseIds.add(UUID.fromString(ref));
            } catch (IllegalArgumentException notAnId) {
                serviceNumbers.add(ref);
            }
        }
        return new CaseRefs(caseIds, serviceNumbers);
    }
}
