package org.fullaccounting.casefile.places.api;

import java.util.List;

/**
 * A prisoner-of-war camp: its name as the records most often give it ("Camp 5"), where it was
 * ("Pyoktong, on the Yalu"), and the other names it is found under ("Pyoktong"), each searchable.
 */
public record CampDescription(String name, String location, List<String> aliases) {

    public CampDescription {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
