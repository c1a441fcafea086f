package org.fullaccounting.projections.history;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.fullaccounting.projections.Writes;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static org.fullaccounting.projections.Sql.at;

/**
 * Keeps one row per event of every case. Upserts keyed by entry id, so applying an event twice
 * (a replay, a redelivery) leaves the same rows. Time and user come from the event's message.
 */
public class HistoryProjection {

    public static final String NAME = "history";

    private static final String ENTRY = "INSERT INTO history_entry (entry_id, case_id, sequence, kind, happened_on,"
            + " happened_day, happened_precision, text, source, restricted, refers_to, field, value, reason, recorded_at,"
            + " recorded_by, cited_source_id, cited_locator) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (entry_id) DO UPDATE SET sequence = EXCLUDED.sequence, kind = EXCLUDED.kind,"
            + " happened_on = EXCLUDED.happened_on, happened_day = EXCLUDED.happened_day,"
            + " happened_precision = EXCLUDED.happened_precision, text = EXCLUDED.text,"
            + " source = EXCLUDED.source, restricted = EXCLUDED.restricted, refers_to = EXCLUDED.refers_to,"
            + " field = EXCLUDED.field, value = EXCLUDED.value, reason = EXCLUDED.reason,"
            + " recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by,"
            + " cited_source_id = EXCLUDED.cited_source_id, cited_locator = EXCLUDED.cited_locator";
    /** After the entries: the retracted entry may have come in the same batch. */
    private static final String RETRACTED = "UPDATE history_entry SET retracted_by_entry = ?, retraction_reason = ?,"
            + " retracted_at = ?, retracted_by = ? WHERE entry_id = ?";
    /** One row per case and batch, the latest: in any order the greatest sequence wins. */
    private static final String CASE = "INSERT INTO history_case (case_id, last_sequence) VALUES (?, ?)"
            + " ON CONFLICT (case_id) DO UPDATE SET last_sequence = GREATEST(history_case.last_sequence,"
            + " EXCLUDED.last_sequence)";

    private final JdbcTemplate jdbc;
    private final Writes writes;

    public HistoryProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
        this.writes = new Writes(jdbc, List.of(ENTRY, RETRACTED, CASE));
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt,
            @MetaDataValue("user") String user) {
        HistoryRow row = HistoryRows.of(event, sequence, recordedAt, user);
        HistoricalDate happened = HistoricalDate.ofNullable(row.happenedOn());
        writes.update(ENTRY, row.entryId(), row.caseId(), row.sequence(), row.kind().name(), row.happenedOn(),
                happened == null ? null : java.sql.Date.valueOf(happened.earliestDay()),
                happened == null ? null : happened.precision().ordinal(),
                row.text(), row.source(), row.restricted(), row.refersTo(), row.field(), row.value(), row.reason(),
                at(row.recordedAt()), row.recordedBy(), row.citation() == null ? null : row.citation().sourceId(),
                row.citation() == null ? null : row.citation().locator());
        if (event instanceof EntryRetractedEvent) {
            writes.update(RETRACTED, row.entryId(), row.reason(), at(recordedAt), user, row.refersTo());
        }
        writes.updateLatest(CASE, event.caseId(), event.caseId(), sequence);
    }

    @ResetHandler
    void reset() {
        Sql.truncate(jdbc, "history_entry", "history_case");
    }
}
