package org.fullaccounting.api.application.admin;

import org.fullaccounting.api.infrastructure.axon.DeadLetterQueues;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the read models have parked, read straight from Axon's dead-letter table (its schema is
 * ours: Flyway V6, DeadLetterQueues), so every node answers alike. The event's position in the
 * stream comes from the event store by the event's identifier.
 */
@Component
class DeadLetters {

    private final JdbcTemplate jdbc;

    DeadLetters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Per processing group: how many events and cases are parked, and the latest cause. */
    record Summary(long events, long cases, String lastCause) {
        static final Summary NONE = new Summary(0, 0, null);
    }

    Map<String, Summary> summaries() {
        Map<String, Summary> summaries = new HashMap<>();
        jdbc.query("SELECT processing_group, count(*) AS events, count(DISTINCT sequence_identifier) AS cases,"
                        // Events queued behind a failed one carry no cause of their own.
                        + " (array_agg(cause_type || ': ' || coalesce(cause_message, '')"
                        + "  ORDER BY coalesce(last_touched, enqueued_at) DESC) FILTER (WHERE cause_type IS NOT NULL))[1]"
                        + " AS last_cause"
                        + " FROM " + DeadLetterQueues.TABLE + " GROUP BY processing_group",
                rs -> {
                    summaries.put(rs.getString("processing_group"), new Summary(rs.getLong("events"),
                            rs.getLong("cases"), rs.getString("last_cause")));
                });
        return summaries;
    }

    /** The parked events of one group, oldest case first, each case's in the order they will be retried. */
    List<ParkedEvent> list(String group, int limit) {
        return jdbc.query("SELECT d.sequence_identifier, d.payload_type, e.global_index, d.sequence_number,"
                        + " d.sequence_index, d.cause_type, d.cause_message, d.enqueued_at, d.last_touched"
                        + " FROM " + DeadLetterQueues.TABLE + " d"
                        + " LEFT JOIN domain_event_entry e ON e.event_identifier = d.event_identifier"
                        + " WHERE d.processing_group = ? ORDER BY d.sequence_identifier, d.sequence_index LIMIT ?",
                (rs, row) -> new ParkedEvent(rs.getString("sequence_identifier"), shortType(rs.getString("payload_type")),
                        (Long) rs.getObject("global_index"), (Long) rs.getObject("sequence_number"),
                        rs.getLong("sequence_index"), rs.getString("cause_type"), rs.getString("cause_message"),
                        rs.getString("enqueued_at"), rs.getString("last_touched")),
                group, limit);
    }

    private static String shortType(String payloadType) {
        return payloadType == null ? null : payloadType.substring(payloadType.lastIndexOf('.') + 1);
    }
}
