package org.fullaccounting.api.web.places.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.places.api.CampDescription;

import java.util.List;

/** POST /api/camps: a camp, where it was, and the other names it is found under. */
public record CampRequest(
        @NotBlank @Size(max = 300) String name,
        @Size(max = 500) String location,
        @Size(max = 50) List<@NotBlank @Size(max = 300) String> aliases) {

    public CampDescription description() {
        return new CampDescription(name, location, aliases);
    }
}
