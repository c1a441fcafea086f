package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A serviceman's name. */
public record NameRequest(
        @NotBlank @Size(max = 100) String family,
        @Size(max = 100) String given,
        @Size(max = 100) String middle) {
}
