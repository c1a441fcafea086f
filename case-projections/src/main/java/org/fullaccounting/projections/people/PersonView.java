package org.fullaccounting.projections.people;

import org.fullaccounting.casefile.people.api.Consents;
import org.fullaccounting.casefile.people.api.ContactDetails;
import org.fullaccounting.casefile.people.api.Relationship;

import java.util.UUID;

/**
 * One person on a case as staff read them: who they are to the serviceman, whether they are the
 * primary next of kin (and since when), how to reach them, what they consented to (null: nothing
 * recorded) and the family account that is theirs. Never given to a family as it is: see the API's
 * family views, which copy only what a family may see.
 */
public record PersonView(UUID personId, UUID caseId, String name, Relationship relationship, String bornOn,
                         String diedOn, boolean primary, String primarySince, ContactDetails contact,
                         Consents consents, String consentSource, String account) {

    public boolean living() {
        return diedOn == null;
    }
}
