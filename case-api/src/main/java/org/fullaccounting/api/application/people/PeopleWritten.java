package org.fullaccounting.api.application.people;

import java.util.UUID;

/**
 * The answer to a write to a case's people: the person or sample written, and the version of the
 * case's people record (its number of events) after it. Not the case's version: the two are apart.
 */
public record PeopleWritten(UUID caseId, UUID id, long version) {
}
