package org.fullaccounting.api.lists;

import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.reads.Eventually;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A replay clears a read model and rebuilds it from the event store; until the rebuild passes the
 * store's head as it was at the reset, every list served from that model says it is being rebuilt:
 * the API in the FA-Rebuilding header, the pages in a notice. The rebuild is held half-way here: a
 * trigger makes the model's table wait, on the marked row, for a lock this test holds.
 */
class ListsWhileAModelIsRebuiltTest extends ApiTest {

    private static final long LOCK = 4_711_010L;

    /** What the test checks while the rebuild is held. */
    private interface WhileHeld {
        void check() throws Exception;
    }

    @Test
    void sightingListsSayTheirModelIsBeingRebuiltToStaffUntilTheRebuildEnds() throws Exception {
        UUID caseId = openCase();
        linkFamily(caseId);
        String marker = "rebuilt-" + UUID.randomUUID();
        caseworker.post("/api/cases/" + caseId + "/sightings",
                Requests.with(Requests.sighting(), "description", "Seen at a camp gate " + marker)).expectStatus(201);
        Eventually.until("the sighting listed", () -> caseworker.get("/api/sightings?caseId=" + caseId).body(),
                body -> body.contains(marker));

        holdingTheRebuild("sightings", "sighting", "NEW.description LIKE '%" + marker + "%'", () -> {
            assertThat(caseworker.get("/api/sightings").expectStatus(200).header("FA-Rebuilding"))
                    .matches("sightings;position=-?\\d+;head=\\d+");
            assertThat(caseworker.get("/api/sightings/queue").expectStatus(200).header("FA-Rebuilding"))
                    .startsWith("sightings;");
            assertThat(caseworker.get("/api/board").expectStatus(200).header("FA-Rebuilding"))
                    .as("the board's own model is whole").isNull();
            assertThat(caseworker.get("/api/cases").expectStatus(200).header("FA-Rebuilding")).isNull();
            assertThat(family.get("/api/sightings").expectStatus(200).header("FA-Rebuilding"))
                    .as("a family's lists are empty anyway, and the store's size is not theirs").isNull();
            assertThat(caseworkerPages().get("/").body()).contains("The sighting lists are being rebuilt");
            assertThat(caseworkerPages().get("/cases/" + caseId).body())
                    .contains("The sighting lists are being rebuilt");
        });

        Eventually.until("the rebuild past the head it started from",
                () -> caseworker.get("/api/sightings?caseId=" + caseId).expectStatus(200),
                answer -> answer.header("FA-Rebuilding") == null && answer.body().contains(marker));
        assertThat(caseworkerPages().get("/").body()).doesNotContain("being rebuilt");
        assertThat(caseworkerPages().get("/cases/" + caseId).body()).doesNotContain("being rebuilt");
    }

    @Test
    void theBoardsCountsListsAndExportSayTheirModelIsBeingRebuilt() throws Exception {
        String serviceNumber = uniqueServiceNumber();
        caseworker.post("/api/cases", Requests.caseOpening(serviceNumber)).expectStatus(201);
        Eventually.until("the case listed", () -> caseworker.get("/api/cases?q=" + serviceNumber).body(),
                body -> body.contains(serviceNumber));

        holdingTheRebuild("board", "board_case", "NEW.service_number = '" + serviceNumber + "'", () -> {
            assertThat(caseworker.get("/api/board").expectStatus(200).header("FA-Rebuilding")).startsWith("board;");
            assertThat(caseworker.get("/api/cases").expectStatus(200).header("FA-Rebuilding")).startsWith("board;");
            assertThat(caseworker.get("/api/cases", "Accept", "text/csv").expectStatus(200).header("FA-Rebuilding"))
                    .startsWith("board;");
            assertThat(caseworker.get("/api/sightings").expectStatus(200).header("FA-Rebuilding")).isNull();
            assertThat(caseworkerPages().get("/").body())
                    .contains("The status board&#39;s counts and case lists are being rebuilt");
        });

        Eventually.until("the rebuild past the head it started from",
                () -> caseworker.get("/api/cases?q=" + serviceNumber).expectStatus(200),
                answer -> answer.header("FA-Rebuilding") == null && answer.body().contains(serviceNumber));
    }

    @Test
    void anOrdinaryListCarriesNoRebuildHeader() {
        openCase();

        assertThat(caseworker.get("/api/cases").expectStatus(200).header("FA-Rebuilding")).isNull();
        assertThat(caseworker.get("/api/correspondence").expectStatus(200).header("FA-Rebuilding")).isNull();
        assertThat(caseworker.get("/api/search?q=Dumas").expectStatus(200).header("FA-Rebuilding")).isNull();
        assertThat(caseworkerPages().get("/").body()).doesNotContain("being rebuilt");
    }

    /**
     * Replays the model with its table waiting, on rows meeting {@code condition}, for a lock held
     * here; checks once the model's lists say it is being rebuilt, then lets the rebuild go on.
     */
    private void holdingTheRebuild(String model, String table, String condition, WhileHeld checks) throws Exception {
        String trigger = "hold_" + UUID.randomUUID().toString().replace('-', '_');
        try (Connection holder = superuser().getDataSource().getConnection()) {
            execute(holder, "SELECT pg_advisory_lock(" + LOCK + ")");
            superuser().execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                    + " IF " + condition + " THEN PERFORM pg_advisory_xact_lock(" + LOCK + "); END IF;"
                    + " RETURN NEW; END $$");
            superuser().execute("CREATE TRIGGER " + trigger + " BEFORE INSERT ON " + table + " FOR EACH ROW"
                    + " EXECUTE FUNCTION " + trigger + "()");
            try {
                admin.post("/api/admin/projections/" + model + "/replay", "").expectStatus(202);
                Eventually.until("the " + model + " model's lists saying it is being rebuilt",
                        () -> String.valueOf(caseworker.get("/api/board").header("FA-Rebuilding"))
                                + String.valueOf(caseworker.get("/api/sightings").header("FA-Rebuilding")),
                        headers -> headers.contains(model + ";position="));
                checks.check();
            } finally {
                execute(holder, "SELECT pg_advisory_unlock(" + LOCK + ")");
                superuser().execute("DROP TRIGGER IF EXISTS " + trigger + " ON " + table);
                superuser().execute("DROP FUNCTION IF EXISTS " + trigger + "()");
            }
        }
    }

    private static void execute(Connection connection, String sql) throws Exception {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
