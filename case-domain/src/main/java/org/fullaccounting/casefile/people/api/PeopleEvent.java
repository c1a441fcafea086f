package org.fullaccounting.casefile.people.api;

import java.util.UUID;

/**
 * Every event of a case's people record; the compiler lists them. Never a CaseEvent: relatives'
 * contact details and consents are not the serviceman's history, and stay out of it by construction.
 */
public sealed interface PeopleEvent permits PersonAddedEvent, PersonCorrectedEvent, PersonDiedEvent,
        PrimaryNextOfKinNamedEvent, ContactDetailsChangedEvent, ConsentsRecordedEvent, AccountLinkedToPersonEvent,
        ReferenceSampleRequestedEvent, ReferenceSampleReceivedEvent, ReferenceSampleProcessedEvent {

    UUID caseId();
}
