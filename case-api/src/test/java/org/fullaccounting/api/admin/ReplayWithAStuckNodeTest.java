package org.fullaccounting.api.admin;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.web.WebSession;
import org.fullaccounting.projections.history.HistoryProjection;
import org.fullaccounting.projections.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.api.admin.ReplayNodes.admin;
import static org.fullaccounting.api.admin.ReplayNodes.appendCases;
import static org.fullaccounting.api.admin.ReplayNodes.node;
import static org.fullaccounting.api.admin.ReplayNodes.port;
import static org.fullaccounting.api.admin.ReplayNodes.waitFor;

/**
 * A node that never lets go of its segment (one running an older version, say; here a claim held
 * in the token table in a made-up node's name) fails the replay after the timeout: nothing is
 * cleared, the nodes that stopped start again, and once the claim is gone a new replay goes through.
 * And the admin page's replay button, which asks for the same replay.
 */
class ReplayWithAStuckNodeTest {

    private static final String HISTORY = HistoryProjection.NAME;
    private static final TestDatabase.Roles ROLES = TestDatabase.roles();
    private static final TestDatabase.Database DATABASE = TestDatabase.freshOwnedBy(ROLES.owner());

    private static ConfigurableApplicationContext node;
    private final JdbcTemplate superuser = new JdbcTemplate(DATABASE.dataSource());

    @BeforeAll
    static void startNode() {
        node = node(DATABASE, ROLES, "node-a", "--fa.projections.replay-timeout=3s");
    }

    @AfterAll
    static void stopNode() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aClaimNeverReleasedFailsTheReplayAndClearsNothingThenTheNextReplayGoesThrough() {
        long events = appendCases(node, 10);
        waitFor("the history model holding every event", this::historyRows, rows -> rows == events);
        // An hour's claim on segment 1 in another node's name: node-a loses it and cannot take it back.
        superuser.update("UPDATE token_entry SET owner = 'old-node', timestamp = to_char((now() + interval '1 hour')"
                + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') WHERE processor_name = ? AND segment = 1", HISTORY);

        String first = admin(node).post("/api/admin/projections/" + HISTORY + "/replay", "").expectStatus(202)
                .header("Location");
        JsonNode failed = waitFor("the replay given up, the node started again", () -> admin(node).get(first).json(),
                replay -> replay.get("rejoined").asBoolean());
        assertThat(failed.get("state").asText()).isEqualTo("FAILED");
        assertThat(failed.get("failure").asText()).contains("old-node").contains("nothing was cleared");
        assertThat(historyRows()).isEqualTo(events);
        assertThat(failed.get("processor").get("running").asBoolean()).isTrue();

        superuser.update("UPDATE token_entry SET owner = NULL WHERE owner = 'old-node'");
        String second = admin(node).post("/api/admin/projections/" + HISTORY + "/replay", "").expectStatus(202)
                .header("Location");
        assertThat(second).isNotEqualTo(first);
        JsonNode reset = waitFor("the next replay through", () -> admin(node).get(second).json(),
                replay -> replay.get("rejoined").asBoolean());
        assertThat(reset.get("state").asText()).isEqualTo("RESET");
        waitFor("the history model rebuilt", this::historyRows, rows -> rows == events);
        assertThat(admin(node).get("/api/admin/projections/" + HISTORY + "/replays/latest").json().get("replayId")
                .asLong()).isEqualTo(reset.get("replayId").asLong());
    }

    @Test
    void theAdminPagesReplayButtonAsksForAReplayAndThePageShowsWhereItStands() {
        WebSession browser = WebSession.signedIn(port(node), "admin", ReplayNodes.PASSWORD);

        HttpResponse<String> asked = browser.postForm("/admin", "/admin/projections/search/replay", Map.of());

        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(browser.get("/admin").body()).contains("asked for: every node stops the model");
        String page = waitFor("the page showing the replay done", () -> browser.get("/admin").body(),
                body -> body.contains("reset by node-a") && body.contains("1 node(s) stopped, 1 started again"));
        assertThat(page).contains("(asked by admin at ");
    }

    private long historyRows() {
        return superuser.queryForObject("SELECT count(*) FROM history_entry", Long.class);
    }
}
