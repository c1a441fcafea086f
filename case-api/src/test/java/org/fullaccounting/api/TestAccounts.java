package org.fullaccounting.api;

import java.util.List;
import java.util.Map;

/** One account per role, made through the admin API the first time a test needs them. */
final class TestAccounts {

    static final String CASEWORKER = "test-caseworker";
    static final String AUDITOR = "test-auditor";
    static final String FAMILY = "test-family";
    static final String PASSWORD = "a-long-test-password";
    private static volatile boolean created;

    private TestAccounts() {
    }

    static synchronized void ensure(Api admin) {
        if (created) {
            return;
        }
        create(admin);
        created = true;
    }

    /** The accounts on the application {@code admin} speaks to, whether or not they were made elsewhere. */
    static void create(Api admin) {
        for (Map.Entry<String, String> account : Map.of(CASEWORKER, "CASEWORKER", AUDITOR, "AUDITOR",
                FAMILY, "FAMILY").entrySet()) {
            int status = admin.post("/api/admin/users", Map.of("username", account.getKey(), "password", PASSWORD,
                    "roles", List.of(account.getValue()))).status();
            if (status != 201 && status != 409) {
                throw new IllegalStateException("could not create " + account.getKey() + ": " + status);
            }
        }
    }
}
