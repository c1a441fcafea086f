package org.fullaccounting.api.infrastructure.sample;

import org.fullaccounting.api.application.accounts.Accounts;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.cases.CaseCommands;
import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Loads the Dumas case and the demo accounts once, in one transaction, when sample data is on.
 * "Once" is decided by the database (the sample's service number is taken), not by memory.
 */
@Component
@Order(2)
public class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);
    static final String LOADER = "sample-data";

    private final SampleDataSwitch sampleData;
    private final CaseCommands commands;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    SampleDataLoader(SampleDataSwitch sampleData, CaseCommands commands, Accounts accounts, JdbcTemplate jdbc,
                     TransactionTemplate transaction) {
        this.sampleData = sampleData;
        this.commands = commands;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!sampleData.enabled()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            DemoAccounts.ensure(accounts);
            if (alreadyLoaded()) {
                return;
            }
            Authentication loader = new UsernamePasswordAuthenticationToken(LOADER, null,
                    AuthorityUtils.createAuthorityList("ROLE_" + Roles.CASEWORKER));
            UUID caseId = commands.open(DumasCase::opening, loader, CaseCommands.Idempotency.none()).caseId();
            for (BiFunction<UUID, UUID, Object> entry : DumasCase.entries()) {
                commands.record(caseId, (c, entryId, expected) -> entry.apply(c, entryId), null, loader,
                        CaseCommands.Idempotency.none());
            }
            log.info("Loaded the sample case of Cpl. Roger A. Dumas: /api/cases/{}", caseId);
        });
    }

    /** The sample Dumas case, when it has been loaded into this database. */
    public Optional<UUID> sampleCase() {
        return jdbc.queryForList("SELECT case_id FROM service_number_claim WHERE service_number = ?", UUID.class,
                ServiceNumberRegistry.normalize(DumasCase.SERVICE_NUMBER)).stream().findFirst();
    }

    private boolean alreadyLoaded() {
        return sampleCase().isPresent();
    }
}
