package org.fullaccounting.api.accounts;

/** Usernames are unique. */
public class AccountExists extends RuntimeException {

    public AccountExists(String username) {
        super("an account named '" + username + "' already exists");
    }
}
