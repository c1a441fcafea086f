package org.fullaccounting.api.application.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The raw event stream as stored, in order of recording, with each event's metadata and chain
 * hash: what an auditor replays or exports. Nothing here is a projection that could lag.
 */
@Component
public class AuditEvents {

    private static final String SELECT = "SELECT e.global_index, e.event_identifier, e.aggregate_identifier, "
            + "e.sequence_number, e.type AS aggregate_type, e.payload_type, e.payload_revision, e.time_stamp, convert_from(e.payload, 'UTF8') AS payload, "
            + "convert_from(e.meta_data, 'UTF8') AS meta_data, encode(c.hash, 'hex') AS hash "
            + "FROM domain_event_entry e LEFT JOIN event_chain c ON c.global_index = e.global_index ";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final ObjectMapper json;

    AuditEvents(JdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions, ObjectMapper json) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(500);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.json = json;
    }

    /**
     * One stored event. {@code position} orders the whole stream; pass the last one as {@code after}.
     * {@code aggregateType}, {@code payloadType} (the full class name) and {@code payloadRevision}
     * are the stored columns as they are: with them an archive restores each event exactly
     * (AuditArchive, ArchiveRestore), so its link in the hash chain comes out the same.
     */
    public record AuditEvent(long position, String eventId, String type, UUID caseId, long sequence,
                             String recordedAt, String user, String roles, String requestId,
                             JsonNode metadata, JsonNode payload, String hash,
                             String aggregateType, String payloadType, String payloadRevision) {
    }

    public List<AuditEvent> page(long after, int limit, UUID caseId) {
        return caseId == null
                ? jdbc.query(SELECT + "WHERE e.global_index > ? ORDER BY e.global_index LIMIT ?",
                        (rs, row) -> read(rs), after, limit)
                : jdbc.query(SELECT + "WHERE e.global_index > ? AND e.aggregate_identifier = ? "
                        + "ORDER BY e.global_index LIMIT ?", (rs, row) -> read(rs), after, caseId.toString(), limit);
    }

    /** Every event after {@code after}, read with a cursor: an export of any size in constant memory. */
    public void stream(long after, UUID caseId, Consumer<AuditEvent> sink) {
        RowCallbackHandler each = rs -> sink.accept(read(rs));
        readOnly.executeWithoutResult(status -> {
            if (caseId == null) {
                streaming.query(SELECT + "WHERE e.global_index > ? ORDER BY e.global_index", each, after);
            } else {
                streaming.query(SELECT + "WHERE e.global_index > ? AND e.aggregate_identifier = ? "
                        + "ORDER BY e.global_index", each, after, caseId.toString());
            }
        });
    }

    private AuditEvent read(ResultSet rs) throws SQLException {
        JsonNode metadata = parse(rs.getString("meta_data"));
        String type = rs.getString("payload_type");
        return new AuditEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                type.substring(type.lastIndexOf('.') + 1), UUID.fromString(rs.getString("aggregate_identifier")),
                rs.getLong("sequence_number"), rs.getString("time_stamp"), text(metadata, "user"),
                text(metadata, "roles"), text(metadata, "requestId"), metadata, parse(rs.getString("payload")),
                rs.getString("hash"), rs.getString("aggregate_type"), type, rs.getString("payload_revision"));
    }

    private JsonNode parse(String text) {
        try {
            return text == null ? null : json.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        return node == null || node.get(field) == null ? null : node.get(field).asText();
    }
}
