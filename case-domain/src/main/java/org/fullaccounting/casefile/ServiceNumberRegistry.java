package org.fullaccounting.casefile;

import java.util.Optional;
import java.util.UUID;

/**
 * Service numbers are unique across cases, which no single aggregate can see. Opening a case
 * claims its number here, in the same transaction as the case's first event.
 */
public interface ServiceNumberRegistry {

    /**
     * Claims the number for the case.
     *
     * @return empty when the claim succeeded, otherwise the id of the case that already holds it
     */
    Optional<UUID> claim(String normalizedServiceNumber, UUID caseId);

    /** "ra 11-190 352" and "RA11190352" are the same number. */
    static String normalize(String serviceNumber) {
        return serviceNumber == null ? null : serviceNumber.replaceAll("[\\s-]", "").toUpperCase();
    }
}
