package org.fullaccounting.api.infrastructure.sample;

import org.fullaccounting.api.application.cases.CaseWriter;
import org.fullaccounting.api.application.namedlists.NamedLists;
import org.fullaccounting.api.application.reports.SightingReports;
import org.fullaccounting.api.application.sources.Attachments;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.api.web.BrowserTest;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.OpenCaseCommand;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Dumas sample as its family reads it on the family page: the reports of unnamed Americans only
 * as the allow-listed sentence, never their witness, description or reason, and the case's place on
 * the Last Seen Alive list without its source or reason. Recorded here as the loader records it, under
 * a service number of its own (the shared test database may hold the sample's).
 */
class DumasFamilyPageTest extends BrowserTest {

    private static final String PASSWORD = "a-long-test-password";

    @Autowired
    private CaseWriter writer;
    @Autowired
    private SourceRegister sources;
    @Autowired
    private Attachments attachments;
    @Autowired
    private NamedLists lists;
    @Autowired
    private SightingReports reports;

    @Test
    void theFamilyPageShowsTheReportsAsTheAllowListedSentenceAndTheLastSeenAliveListWithoutSourceOrWitness() {
        UUID caseId = theSampleRecorded();
        admin.post("/api/admin/users", Map.of("username", "dumas-sample-family", "password", PASSWORD,
                "roles", List.of("FAMILY"))).expectStatus(201);
        admin.post("/api/admin/family-links", Map.of("username", "dumas-sample-family", "caseId", caseId.toString(),
                "reason", "nephew, per the family petition")).expectStatus(201);
        long version = caseworker.get("/api/cases/" + caseId).json().get("version").asLong();
        caseworker.get("/api/cases/" + caseId + "/history?minVersion=" + version).expectStatus(200);

        signIn("dumas-sample-family", PASSWORD);
        browser.get(url("/family/cases/" + caseId));
        String page = browser.findElement(By.tagName("main")).getText();

        assertThat(page).contains("A report of unnamed American prisoners that may include Corporal Roger A. Dumas: "
                        + "seen at a collective farm near Pyongyang, observed 1979. Assessed for this case as unresolved.",
                "A report of unnamed American prisoners that may include Corporal Roger A. Dumas: seen at a North "
                        + "Korean concentration camp, observed 1996. Assessed for this case as unresolved.",
                "Added to the Last Seen Alive list", "near Anju", "1984")
                .doesNotContain("Oprica", "Kim Yong", "Romanian", "defector", "50 American", "Nothing in the report",
                        "remains on the Last Seen Alive list");
        screenshot("family-dumas-sample");
    }

    private UUID theSampleRecorded() {
        UUID caseId = UUID.randomUUID();
        SampleSources.Registered documents = SampleSources.register(sources, attachments);
        OpenCaseCommand o = DumasCase.opening(caseId, documents);
        writer.write(new CaseWriter.Write(new OpenCaseCommand(caseId, "SAMPLE-PAGE-" + caseId, o.name(), o.rank(),
                o.branch(), o.unit(), o.lossDate(), o.lossPlace(), o.circumstances(), o.status(), o.source(),
                o.importedFrom(), o.citation()), null));
        for (BiFunction<UUID, UUID, CaseCommand> entry : DumasCase.entries(documents)) {
            writer.write(new CaseWriter.Write(entry.apply(caseId, UUID.randomUUID()), null));
        }
        DumasRecords.joinLastSeenAliveList(lists, documents, caseId);
        DumasRecords.fileReports(reports, documents, caseId);
        return caseId;
    }
}
