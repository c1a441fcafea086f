package org.fullaccounting.api.application.accounts;

import java.util.List;

/** An account as the API lists it: never its password hash. */
public record AccountView(String username, List<String> roles, boolean enabled) {
}
