package org.fullaccounting.casefile.lists.api;

import java.util.UUID;

/** Every event of a named list; the compiler lists them. Never a CaseEvent: membership is recorded on each case. */
public sealed interface ListEvent permits ListCreatedEvent, ListRevisedEvent {

    UUID listId();
}
