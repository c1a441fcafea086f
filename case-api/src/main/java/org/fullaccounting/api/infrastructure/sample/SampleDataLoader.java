package org.fullaccounting.api.infrastructure.sample;

import org.fullaccounting.api.application.accounts.Accounts;
import org.fullaccounting.api.application.cases.CaseWriter;
import org.fullaccounting.api.application.namedlists.NamedLists;
import org.fullaccounting.api.application.reports.SightingReports;
import org.fullaccounting.api.application.sources.Attachments;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.api.infrastructure.request.RecordingContext;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.people.api.PeopleCommand;
import org.fullaccounting.casefile.ServiceNumberRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Loads the Dumas case (with its documents, the reports correlated with it and its place on the
 * Last Seen Alive list) and the demo accounts once, in one transaction, when sample data is on.
 * "Once" is decided by the database (the sample's service number is taken), not by memory.
 */
@Component
@Order(2)
public class SampleDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SampleDataLoader.class);
    static final String REQUEST_ID_PREFIX = "sample-data-";

    private final SampleDataSwitch sampleData;
    private final CaseWriter writer;
    private final Accounts accounts;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final SourceRegister sources;
    private final Attachments attachments;
    private final CommandGateway commands;
    private final SightingReports reports;
    private final NamedLists lists;

    SampleDataLoader(SampleDataSwitch sampleData, CaseWriter writer, Accounts accounts, JdbcTemplate jdbc,
                     TransactionTemplate transaction, SourceRegister sources, Attachments attachments,
                     CommandGateway commands, SightingReports reports, NamedLists lists) {
        this.reports = reports;
        this.lists = lists;
        this.sources = sources;
        this.attachments = attachments;
        this.commands = commands;
        this.sampleData = sampleData;
        this.writer = writer;
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
            UUID caseId = UUID.randomUUID();
            // No request and no one signed in: the recording context stores user "system", and this
            // request id, taken from the log context, on every event of the sample case.
            try (MDC.MDCCloseable requestId = MDC.putCloseable(RecordingContext.REQUEST_ID, REQUEST_ID_PREFIX + caseId)) {
                SampleSources.Registered documents = SampleSources.register(sources, attachments);
                writer.write(new CaseWriter.Write(DumasCase.opening(caseId, documents), null));
                for (BiFunction<UUID, UUID, CaseCommand> entry : DumasCase.entries(documents)) {
                    writer.write(new CaseWriter.Write(entry.apply(caseId, UUID.randomUUID()), null));
                }
                SampleSources.linkMemoranda(sources, documents, caseId);
                DumasRecords.joinLastSeenAliveList(lists, documents, caseId);
                DumasRecords.fileReports(reports, documents, caseId);
                for (PeopleCommand person : DumasCase.people(caseId, UUID.randomUUID(), UUID.randomUUID())) {
                    commands.sendAndWait(person);
                }
                DumasCase.camp(caseId).forEach(commands::sendAndWait);
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
