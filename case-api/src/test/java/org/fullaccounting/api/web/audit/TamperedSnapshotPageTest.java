package org.fullaccounting.api.web.audit;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.fullaccounting.api.audit.Tampering;
import org.fullaccounting.api.web.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The auditor's case page says when a stored snapshot does not match the chain. */
class TamperedSnapshotPageTest extends BrowserTest {

    @Autowired
    EventStore storage;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void anAuditorSeesThatASnapshotWasTamperedWithAndTheTrueStatus() {
        UUID caseId = openCase();
        Tampering.appendNotes(storage, transaction, caseId, 1, 150);
        Tampering.loadCase(axon, caseId);
        Tampering.forgeSnapshotStatus(superuser(), caseId);

        signIn("test-auditor", "a-long-test-password");
        browser.get(url("/audit/cases/" + caseId));

        assertThat(field("chain-result").getText()).startsWith("Valid");
        assertThat(field("snapshot-result").getText()).contains("snapshot does not match the chain", "at event 150",
                "content differs");
        assertThat(field("as-of-status").getText()).isEqualTo("Missing in action");
        screenshot("audit-case-tampered-snapshot");
    }
}
