package org.fullaccounting.casefile.people.api;

/** How to reach a person: any of address, e-mail and telephone may be absent. */
public record ContactDetails(String address, String email, String phone) {

    public static ContactDetails none() {
        return new ContactDetails(null, null, null);
    }
}
