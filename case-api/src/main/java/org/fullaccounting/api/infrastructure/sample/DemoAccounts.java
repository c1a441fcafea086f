package org.fullaccounting.api.infrastructure.sample;

import org.fullaccounting.api.application.accounts.Accounts;
import org.fullaccounting.api.application.access.Roles;

import java.util.List;

/** One demo account per role, for trying the system out. Never created on a production database. */
final class DemoAccounts {

    record Demo(String username, String password, String role) {
    }

    static final List<Demo> ALL = List.of(
            new Demo("caseworker", "caseworker-demo", Roles.CASEWORKER),
            new Demo("family", "family-demo", Roles.FAMILY),
            new Demo("auditor", "auditor-demo", Roles.AUDITOR));

    private DemoAccounts() {
    }

    static void ensure(Accounts accounts) {
        for (Demo demo : ALL) {
            if (!accounts.exists(demo.username())) {
                accounts.create(demo.username(), demo.password(), List.of(demo.role()));
            }
        }
    }
}
