package org.fullaccounting.casefile.lists.api;

import java.util.UUID;

/** A command to one named list. */
public interface ListCommand {

    UUID listId();
}
