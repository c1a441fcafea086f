package org.fullaccounting.api.infrastructure.startup;

import org.fullaccounting.api.infrastructure.database.EmbeddedDatabase;

import org.fullaccounting.api.infrastructure.sample.SampleDataLoader;
import org.fullaccounting.api.infrastructure.sample.SampleDataSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells whoever started the app where it listens, on which database, and how to sign in. */
@Component
class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

    private final ObjectProvider<EmbeddedDatabase> embedded;
    private final SampleDataSwitch sampleData;
    private final String dataDir;
    private final SampleDataLoader sampleLoader;

    StartupReport(ObjectProvider<EmbeddedDatabase> embedded, SampleDataSwitch sampleData,
                  @Value("${fa.data-dir}") String dataDir, SampleDataLoader sampleLoader) {
        this.sampleLoader = sampleLoader;
        this.embedded = embedded;
        this.sampleData = sampleData;
        this.dataDir = dataDir;
    }

    @EventListener
    void ready(ApplicationReadyEvent ready) {
        int port = ((WebServerApplicationContext) ready.getApplicationContext()).getWebServer().getPort();
        EmbeddedDatabase postgres = embedded.getIfAvailable();
        StringBuilder report = new StringBuilder("\n\n  Full Accounting is listening on http://localhost:" + port + "\n");
        report.append("  API description: http://localhost:").append(port).append("/swagger-ui.html\n");
        report.append(postgres != null
                ? "  Database: embedded PostgreSQL (data in " + dataDir + ", " + postgres.jdbcUrl() + " as "
                        + postgres.appUser() + "; passwords in " + postgres.credentialsFile() + ")\n"
                : "  Database: SPRING_DATASOURCE_URL\n");
        if (sampleData.enabled()) {
            report.append("  Demo accounts (HTTP Basic): caseworker / caseworker-demo, family / family-demo, "
                    + "auditor / auditor-demo\n");
        }
        report.append("  Admin: 'admin' with FA_ADMIN_PASSWORD, or the password printed at first start\n");
        sampleLoader.sampleCase().ifPresent(dumas -> report.append("  The Dumas case: curl -u caseworker:caseworker-demo "
                + "http://localhost:").append(port).append("/api/cases/").append(dumas).append("\n"));
        log.info(report.toString());
    }
}
