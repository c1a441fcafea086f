package org.fullaccounting.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fullaccounting.api.application.audit.EventChain;
import org.fullaccounting.casefile.api.AddNoteCommand;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup the README describes: pg_dump as the owner while the application runs, pg_restore as
 * the owner into a fresh database, the application started on it. Every case's chain verifies there
 * exactly as it did before (same events, same head hash; ours valid), the chain and the snapshot
 * seals are the stored rows, not recomputed ones: pg_restore creates triggers after the data, so the
 * chain trigger does not fire on the restored events.
 */
class BackupAndRestoreTest extends ApiTest {

    private static final String AUDITOR = "restore-auditor";
    private static final String PASSWORD = "a-long-auditor-password";

    @Autowired
    private EventChain chainHere;

    @Autowired
    private CommandGateway commands;

    @Test
    void aDumpRestoredIntoAFreshDatabaseVerifiesEveryChainAsBefore(@TempDir Path directory) throws Exception {
        Path pgDump = PostgresTools.find("pg_dump").orElse(null);
        Path pgRestore = PostgresTools.find("pg_restore").orElse(null);
        assumeTrue(pgDump != null && pgRestore != null,
                "no pg_dump/pg_restore here (Debian: apt-get install postgresql-client-15)");
        UUID snapshotted = caseWithEntries(100); // past FA_SNAPSHOT_EVERY: a snapshot and its seal
        UUID small = caseWithEntries(3);
        assertThat(admin.post("/api/admin/users", Map.of("username", AUDITOR, "password", PASSWORD,
                "roles", List.of("AUDITOR"))).status()).isIn(201, 409);
        Map<String, Long> events = eventsPerCase(superuser());
        List<String> chain = chain(superuser());
        long seals = superuser().queryForObject("SELECT count(*) FROM snapshot_seal", Long.class);
        assertThat(seals).isPositive();

        Path dump = directory.resolve("full-accounting.dump");
        PostgresTools.run(ROLES.ownerPassword(), List.of(pgDump.toString(), "--format=custom", "--file=" + dump,
                connection(superuser()).host(), connection(superuser()).port(), "--username=" + ROLES.owner(),
                connection(superuser()).database()));
        TestDatabase.Database fresh = TestDatabase.freshOwnedBy(ROLES.owner());
        JdbcTemplate restored = new JdbcTemplate(fresh.dataSource());
        PostgresTools.run(ROLES.ownerPassword(), List.of(pgRestore.toString(), "--exit-on-error",
                connection(restored).host(), connection(restored).port(), "--username=" + ROLES.owner(),
                connection(restored).database(), dump.toString()));

        assertThat(eventsPerCase(restored)).isEqualTo(events);
        assertThat(chain(restored)).isEqualTo(chain);
        assertThat(restored.queryForObject("SELECT count(*) FROM snapshot_seal", Long.class)).isEqualTo(seals);
        try (ConfigurableApplicationContext app = applicationOn(fresh)) {
            EventChain there = app.getBean(EventChain.class);
            for (String caseId : events.keySet()) {
                EventChain.Verification before = chainHere.verify(UUID.fromString(caseId));
                EventChain.Verification after = there.verify(UUID.fromString(caseId));
                assertThat(after.valid()).as("case %s", caseId).isEqualTo(before.valid());
                // As before, not the row count: the shared database holds cases other tests tampered with.
                assertThat(after.events()).as("case %s", caseId).isEqualTo(before.events());
                assertThat(after.headHash()).as("case %s", caseId).isEqualTo(before.headHash());
                assertThat(after.snapshotsValid()).as("case %s", caseId).isEqualTo(before.snapshotsValid());
            }
            // Through the API too, as an auditor whose account came back with the rest.
            int restoredPort = ((WebServerApplicationContext) app).getWebServer().getPort();
            for (UUID ours : List.of(snapshotted, small)) {
                JsonNode verified = Api.at(restoredPort).as(AUDITOR, PASSWORD)
                        .get("/api/audit/cases/" + ours + "/verify").expectStatus(200).json();
                assertThat(verified.get("valid").asBoolean()).isTrue();
                assertThat(verified.get("snapshotsValid").asBoolean()).isTrue();
                assertThat(verified.get("events").asLong()).isEqualTo(events.get(ours.toString()));
            }
        }
    }

    private UUID caseWithEntries(int notes) {
        UUID caseId = openCase();
        caseworker.post("/api/cases/" + caseId + "/sightings", Requests.sighting()).expectStatus(201);
        for (int i = 0; i < notes; i++) {
            // Straight to the command bus: a hundred HTTP writes would spend a hundred bcrypt sign-ins.
            commands.sendAndWait(new AddNoteCommand(caseId, UUID.randomUUID(), "note " + i, null));
        }
        return caseId;
    }

    private static Map<String, Long> eventsPerCase(JdbcTemplate database) {
        Map<String, Long> counts = new TreeMap<>();
        database.query("SELECT aggregate_identifier, count(*) FROM domain_event_entry GROUP BY aggregate_identifier",
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static List<String> chain(JdbcTemplate database) {
        return database.queryForList("SELECT global_index || ' ' || encode(previous_hash, 'hex') || ' ' "
                + "|| encode(hash, 'hex') FROM event_chain ORDER BY global_index", String.class);
    }

    private record Connection(String host, String port, String database) {
    }

    private static Connection connection(JdbcTemplate database) {
        PGSimpleDataSource source = (PGSimpleDataSource) database.getDataSource();
        return new Connection("--host=" + source.getServerNames()[0], "--port=" + source.getPortNumbers()[0],
                "--dbname=" + source.getDatabaseName());
    }

}
