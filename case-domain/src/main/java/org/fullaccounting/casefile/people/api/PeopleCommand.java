package org.fullaccounting.casefile.people.api;

import java.util.UUID;

/** A command to the people record of one case; each record names its target as PeopleId.of(caseId). */
public interface PeopleCommand {

    UUID caseId();
}
