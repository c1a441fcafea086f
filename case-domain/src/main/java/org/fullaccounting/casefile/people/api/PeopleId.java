package org.fullaccounting.casefile.people.api;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The identity of a case's people record (CasePeople): derived from the case id, so every node finds
 * it without a lookup, and distinct from it, so its events never share a stream with the case's.
 */
public final class PeopleId {

    private PeopleId() {
    }

    public static UUID of(UUID caseId) {
        return UUID.nameUUIDFromBytes(("people of case " + caseId).getBytes(StandardCharsets.UTF_8));
    }
}
