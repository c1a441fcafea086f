package org.fullaccounting.api.application.people;

import org.fullaccounting.casefile.people.api.ContactDetails;
import org.fullaccounting.casefile.people.api.Relationship;
import org.fullaccounting.casefile.people.api.SampleType;
import org.fullaccounting.projections.people.PersonView;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What a family account reads of its case's people, by allow-list: the point of contact (the primary
 * next of kin's name and relationship, nothing else), its own person record with its own contact
 * details (when the account was linked to one), and per sample type whether a usable reference is on
 * file. Nothing of any other person: no contact details, consents, accounts or donors.
 */
public record FamilyPeopleView(UUID caseId, PointOfContact pointOfContact, OwnRecord me,
                               Map<SampleType, Boolean> referenceOnFile) {

    public record PointOfContact(String name, Relationship relationship) {
    }

    public record OwnRecord(UUID personId, String name, Relationship relationship, ContactDetails contact) {
    }

    static FamilyPeopleView of(UUID caseId, Optional<PersonView> primary, Optional<PersonView> own,
                               Set<SampleType> usable) {
        Map<SampleType, Boolean> onFile = new EnumMap<>(SampleType.class);
        for (SampleType type : SampleType.values()) {
            onFile.put(type, usable.contains(type));
        }
        return new FamilyPeopleView(caseId,
                primary.map(p -> new PointOfContact(p.name(), p.relationship())).orElse(null),
                own.map(p -> new OwnRecord(p.personId(), p.name(), p.relationship(), p.contact())).orElse(null),
                onFile);
    }
}
