package org.fullaccounting.api.application.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.casefile.people.CasePeople;
import org.fullaccounting.casefile.people.api.PeopleId;
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

    private static final String PEOPLE = CasePeople.class.getSimpleName();

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
     * {@code caseId} is the case the event belongs to; {@code aggregateId} and {@code aggregateType}
     * are the stream it is stored in: the case's own (Case, the same id) or its people record's
     * (CasePeople, an id of its own, see PeopleId). Archives written before aggregateId was given
     * lack it, and their caseId is the stored stream's id ({@link #storedId()}).
     * {@code aggregateType}, {@code payloadType} (the full class name) and {@code payloadRevision}
     * are the stored columns as they are: with them an archive restores each event exactly
     * (AuditArchive, ArchiveRestore), so its link in the hash chain comes out the same.
     */
    public record AuditEvent(long position, String eventId, String type, UUID caseId, long sequence,
                             String recordedAt, String user, String roles, String requestId,
                             JsonNode metadata, JsonNode payload, String hash,
                             String aggregateType, String payloadType, String payloadRevision, UUID aggregateId) {

        /** The id of the stream the event is stored in (its hash chain's). */
        public UUID storedId() {
            return aggregateId != null ? aggregateId : caseId;
        }
    }

    /** A case's events: its own stream and its people record's, in the order they were recorded. */
    public List<AuditEvent> page(long after, int limit, UUID caseId) {
        return caseId == null
                ? jdbc.query(SELECT + "WHERE e.global_index > ? ORDER BY e.global_index LIMIT ?",
                        (rs, row) -> read(rs), after, limit)
                : jdbc.query(SELECT + "WHERE e.global_index > ? AND e.aggregate_identifier IN (?, ?) "
                        + "ORDER BY e.global_index LIMIT ?", (rs, row) -> read(rs), after, caseId.toString(),
                        PeopleId.of(caseId).toString(), limit);
    }

    /** Every event after {@code after}, read with a cursor: an export of any size in constant memory. */
    public void stream(long after, UUID caseId, Consumer<AuditEvent> sink) {
        RowCallbackHandler each = rs -> sink.accept(read(rs));
        readOnly.executeWithoutResult(status -> {
            if (caseId == null) {
                streaming.query(SELECT + "WHERE e.global_index > ? ORDER BY e.global_index", each, after);
            } else {
                streaming.query(SELECT + "WHERE e.global_index > ? AND e.aggregate_identifier IN (?, ?) "
                        + "ORDER BY e.global_index", each, after, caseId.toString(), PeopleId.of(caseId).toString());
            }
        });
    }

    private AuditEvent read(ResultSet rs) throws SQLException {
        JsonNode metadata = parse(rs.getString("meta_data"));
        JsonNode payload = parse(rs.getString("payload"));
        String type = rs.getString("payload_type");
        String aggregateType = rs.getString("aggregate_type");
        UUID aggregateId = UUID.fromString(rs.getString("aggregate_identifier"));
        return new AuditEvent(rs.getLong("global_index"), rs.getString("event_identifier"),
                type.substring(type.lastIndexOf('.') + 1), caseOf(aggregateType, aggregateId, payload),
                rs.getLong("sequence_number"), rs.getString("time_stamp"), text(metadata, "user"),
                text(metadata, "roles"), text(metadata, "requestId"), metadata, payload,
                rs.getString("hash"), aggregateType, type, rs.getString("payload_revision"), aggregateId);
    }

    /** A people record's events name their case (PeopleEvent.caseId); every other stream is its own. */
    private static UUID caseOf(String aggregateType, UUID aggregateId, JsonNode payload) {
        String caseId = PEOPLE.equals(aggregateType) ? text(payload, "caseId") : null;
        return caseId == null ? aggregateId : UUID.fromString(caseId);
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
