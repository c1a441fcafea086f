package org.fullaccounting.api.application.namedlists;

import org.fullaccounting.api.application.cases.Written;

import java.util.List;
import java.util.UUID;

/** The answer to adding or removing members: the list, and each case's new entry with the case's version after it. */
public record MembersWritten(UUID listId, List<Written> entries) {
}
