package org.fullaccounting.api.application.accounts;

import org.fullaccounting.api.application.refusals.Refusal;

import org.fullaccounting.api.application.access.Roles;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * On a database without accounts, creates "admin" with FA_ADMIN_PASSWORD, or with a generated
 * password printed this once. Two nodes starting together: one creates it, the other sees it.
 * It runs first: it shared order 1 with the population's load, and which ran first was left to
 * the order Spring found the beans in; when the load went first (2026-12-07), the benchmark's
 * sign-ins during the load failed for 82 s, and the name was refused as throttled for 15 minutes.
 */
@Component
@Order(0) // before the population and the sample data (1, 2): a sign-in during a long load finds the account
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final Accounts accounts;
    private final String configuredPassword;

    AdminBootstrap(Accounts accounts, @Value("${fa.admin-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        try {
            accounts.create("admin", password, List.of(Roles.ADMIN));
        } catch (Refusal | DuplicateKeyException anotherNodeWasFirst) {
            return;
        }
        if (generated) {
            log.warn("\n\n  First start: created account 'admin' with password {}\n"
                    + "  It is shown only this once. Set FA_ADMIN_PASSWORD to choose it yourself.\n", password);
        } else {
            log.info("First start: created account 'admin' with the password from FA_ADMIN_PASSWORD");
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
