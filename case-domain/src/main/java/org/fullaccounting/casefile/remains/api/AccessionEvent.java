package org.fullaccounting.casefile.remains.api;

import java.util.UUID;

/** Every event of a remains accession; the compiler lists them. Never a CaseEvent: an accession is not a case. */
public sealed interface AccessionEvent permits AccessionReceivedEvent, CandidateAddedEvent, CandidateExcludedEvent,
        CandidateIdentifiedEvent {

    UUID accessionId();
}
