package org.fullaccounting.casefile.places.api;

import java.util.UUID;

/** A command to one camp. */
public interface CampCommand {

    UUID campId();
}
