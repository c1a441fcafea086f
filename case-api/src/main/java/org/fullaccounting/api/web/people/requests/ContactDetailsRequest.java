package org.fullaccounting.api.web.people.requests;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.people.api.ContactDetails;

/** A person's contact details in full; a blank field is cleared. */
public record ContactDetailsRequest(
        @Size(max = 1000) String address,
        @Email @Size(max = 320) String email,
        @Pattern(regexp = "^[0-9+() .\\-/]*$", message = "must be digits, spaces and + ( ) . - / only")
        @Size(max = 40) String phone) {

    public ContactDetails details() {
        return new ContactDetails(address, email, phone);
    }
}
