package org.fullaccounting.api.application.admin;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The replays' state in PostgreSQL (Flyway V12): what every node reads once a second and acts on,
 * so no step of a replay lives in one node's memory. Times are the database's, one clock for all nodes.
 */
@Component
class ReplayLedger {

    /** A replay as recorded; {@code seconds} since it was asked for. */
    record Replay(long id, String processor, String state, String requestedBy, Instant requestedAt,
                  String resetBy, Instant endedAt, String failure, double seconds) {
    }

    /** A replay this node stopped its processor for, and has not started it again since. */
    record Rejoin(long id, String processor) {
    }

    private static final String COLUMNS = "replay_id, processor, state, requested_by, requested_at, reset_by, ended_at,"
            + " failure, extract(epoch FROM now() - requested_at) AS seconds";

    private static final RowMapper<Replay> REPLAY = (rs, row) -> new Replay(rs.getLong("replay_id"),
            rs.getString("processor"), rs.getString("state"), rs.getString("requested_by"),
            rs.getTimestamp("requested_at").toInstant(), rs.getString("reset_by"),
            rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(),
            rs.getString("failure"), rs.getDouble("seconds"));

    private final JdbcTemplate jdbc;

    ReplayLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a replay of the processor; while one is still releasing, that one is the answer. */
    long open(String processor, String requestedBy) {
        // The replay that kept ours from being recorded can end before we look it up (the fuzzer's
        // concurrent requests found that window): then ours is recorded on the next round.
        for (int round = 0; round < 10; round++) {
            List<Long> created = jdbc.queryForList("INSERT INTO projection_replay (processor, state, requested_by)"
                    + " VALUES (?, 'RELEASING', ?) ON CONFLICT (processor) WHERE state = 'RELEASING' DO NOTHING"
                    + " RETURNING replay_id", Long.class, processor, requestedBy);
            if (!created.isEmpty()) {
                return created.get(0);
            }
            List<Long> underWay = jdbc.queryForList("SELECT replay_id FROM projection_replay"
                    + " WHERE processor = ? AND state = 'RELEASING'", Long.class, processor);
            if (!underWay.isEmpty()) {
                return underWay.get(0);
            }
        }
        throw new IllegalStateException("replays of '" + processor + "' kept starting and ending; none recorded");
    }

    Optional<Replay> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM projection_replay WHERE replay_id = ?", REPLAY, id)
                .stream().findFirst();
    }

    Optional<Replay> latest(String processor) {
        return jdbc.query("SELECT " + COLUMNS + " FROM projection_replay WHERE processor = ?"
                + " ORDER BY replay_id DESC LIMIT 1", REPLAY, processor).stream().findFirst();
    }

    List<Replay> releasing() {
        return jdbc.query("SELECT " + COLUMNS + " FROM projection_replay WHERE state = 'RELEASING' ORDER BY replay_id",
                REPLAY);
    }

    void released(long id, String node) {
        jdbc.update("INSERT INTO projection_replay_node (replay_id, node) VALUES (?, ?) ON CONFLICT DO NOTHING", id, node);
    }

    /** Within a transaction: true when this node now holds the right to reset (no other node is resetting). */
    boolean lockReleasing(long id) {
        return !jdbc.queryForList("SELECT replay_id FROM projection_replay WHERE replay_id = ? AND state = 'RELEASING'"
                + " FOR UPDATE SKIP LOCKED", Long.class, id).isEmpty();
    }

    /** Marks the replay reset, with the store's head as it clears the model: the rebuild ends past it. */
    void reset(long id, String node) {
        jdbc.update("UPDATE projection_replay SET state = 'RESET', reset_by = ?, ended_at = now(),"
                + " reset_head = (SELECT max(global_index) FROM domain_event_entry) WHERE replay_id = ?", node, id);
    }

    /** A processor's latest reset, with the store's head then, and one of its stored tokens (null: none). */
    record ResetToken(String processor, long resetHead, byte[] token, String tokenType) {
    }

    /**
     * For each of the processors whose latest reset recorded the store's head: that head with each of
     * its stored tokens, in one statement; nothing for a processor never reset since V310.
     */
    List<ResetToken> lastResetsWithTokens(Collection<String> processors) {
        return jdbc.query("SELECT r.processor, r.reset_head, t.token, t.token_type FROM (SELECT DISTINCT ON"
                + " (processor) processor, reset_head FROM projection_replay WHERE state = 'RESET'"
                + " AND processor = ANY(?) ORDER BY processor, replay_id DESC) r"
                + " LEFT JOIN token_entry t ON t.processor_name = r.processor WHERE r.reset_head IS NOT NULL",
                (rs, row) -> new ResetToken(rs.getString(1), rs.getLong(2), rs.getBytes(3), rs.getString(4)),
                (Object) processors.toArray(String[]::new));
    }

    void fail(long id, String why) {
        jdbc.update("UPDATE projection_replay SET state = 'FAILED', failure = left(?, 1023), ended_at = now()"
                + " WHERE replay_id = ? AND state = 'RELEASING'", why, id);
    }

    List<Rejoin> toRejoin(String node) {
        return jdbc.query("SELECT r.replay_id, r.processor FROM projection_replay_node n"
                        + " JOIN projection_replay r ON r.replay_id = n.replay_id"
                        + " WHERE n.node = ? AND n.rejoined_at IS NULL AND r.state <> 'RELEASING' ORDER BY r.replay_id",
                (rs, row) -> new Rejoin(rs.getLong(1), rs.getString(2)), node);
    }

    void rejoined(long id, String node) {
        jdbc.update("UPDATE projection_replay_node SET rejoined_at = now() WHERE replay_id = ? AND node = ?", id, node);
    }

    /** Node to [released, rejoined] of one replay. */
    List<ReplayStatus.Node> nodes(long id) {
        return jdbc.query("SELECT node, released_at, rejoined_at FROM projection_replay_node WHERE replay_id = ?"
                        + " ORDER BY node", (rs, row) -> new ReplayStatus.Node(rs.getString(1),
                        rs.getTimestamp(2).toInstant(), rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()),
                id);
    }

    /** The nodes holding a live claim on one of the processor's segments (claims lapse after the claim timeout). */
    List<String> claimants(String processor, int claimTimeoutSeconds) {
        return jdbc.queryForList("SELECT DISTINCT owner FROM token_entry WHERE processor_name = ? AND owner IS NOT NULL"
                        + " AND timestamp::timestamptz > now() - make_interval(secs => ?) ORDER BY owner", String.class,
                processor, claimTimeoutSeconds);
    }

    /**
     * Per processor reset in the last {@code seconds}: how many nodes have rejoined, to share the
     * segments among them.
     */
    Map<String, Integer> rejoinedLately(int seconds) {
        return jdbc.query("SELECT r.processor, count(n.rejoined_at) AS nodes FROM projection_replay r"
                        + " JOIN projection_replay_node n ON n.replay_id = r.replay_id"
                        + " WHERE r.state = 'RESET' AND r.ended_at > now() - make_interval(secs => ?)"
                        + " AND r.replay_id = (SELECT max(replay_id) FROM projection_replay l WHERE l.processor = r.processor)"
                        + " GROUP BY r.processor", (rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)), seconds)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
