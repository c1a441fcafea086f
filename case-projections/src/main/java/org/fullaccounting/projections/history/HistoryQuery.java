package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.projections.ReadModel;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.fullaccounting.projections.Sql.instant;

/** Reads the stored history of a case, and how far each case has been applied. */
public class HistoryQuery implements ReadModel {

    private static final Duration POLL = Duration.ofMillis(20);

    /**
     * A row's columns, in the order {@link #row} reads them by position (a name lookup per value showed in
     * profiles); not the case's id, which the caller gave (one value less to format and send per row).
     */
    private static final String ENTRY_COLUMNS = "e.entry_id, e.sequence, e.kind, e.happened_on, e.text,"
            + " e.source, e.restricted, e.refers_to, e.field, e.value, e.reason, e.recorded_at, e.recorded_by,"
            + " e.retracted_by_entry, e.retraction_reason, e.retracted_at, e.retracted_by, e.cited_source_id,"
            + " e.cited_locator";

    private final JdbcTemplate jdbc;

    public HistoryQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The case's timeline as this model has applied it (empty when it has applied none of its events),
     * and how many events the case has in the store.
     */
    public record Applied(Optional<CaseHistory> history, long recordedVersion) {

        /**
         * This model has applied every event the case has in the store. A model behind the case (a moment
         * after a write, an event parked, the model rebuilt from the first event) would show a shorter
         * history than the case's own.
         */
        public boolean complete() {
            long applied = history.map(CaseHistory::version).orElse(CaseVersion.NONE.value());
            return applied >= recordedVersion;
        }
    }

    /**
     * The case's timeline, and the case's version in the store, in one statement: the version from the
     * case header, which is written in the transaction that appends each of the case's events (0 for an
     * id that is not a case's). One snapshot for both, so the comparison is never torn by a write
     * between two reads, and a read costs one round trip.
     */
    public Applied applied(UUID caseId) {
        long[] recorded = {CaseVersion.NONE.value()};
        long[] lastSequence = {-1};
        List<HistoryRow> rows = new ArrayList<>();
        jdbc.query("SELECT h.last_sequence, c.last_sequence, " + ENTRY_COLUMNS
                + " FROM (SELECT CAST(? AS uuid) AS case_id) k"
                + " LEFT JOIN case_header h ON h.case_id = k.case_id"
                + " LEFT JOIN history_case c ON c.case_id = k.case_id"
                + " LEFT JOIN history_entry e ON e.case_id = c.case_id ORDER BY e.sequence", rs -> {
                    long header = rs.getLong(1);
                    if (!rs.wasNull()) {
                        recorded[0] = CaseVersion.afterSequence(header).value();
                    }
                    long applied = rs.getLong(2);
                    if (!rs.wasNull()) {
                        lastSequence[0] = applied;
                    }
                    if (rs.getObject(3) != null) {
                        rows.add(row(rs, 3, caseId));
                    }
                }, caseId);
        Optional<CaseHistory> history = lastSequence[0] < 0 ? Optional.empty() : Optional.of(
                Timeline.assemble(caseId, CaseVersion.afterSequence(lastSequence[0]).value(), null, rows));
        return new Applied(history, recorded[0]);
    }

    /** Number of the case's events applied here (0: none), comparable with a write's version. */
    public long version(UUID caseId) {
        List<Long> last = jdbc.queryForList("SELECT last_sequence FROM history_case WHERE case_id = ?", Long.class,
                caseId);
        return last.isEmpty() ? CaseVersion.NONE.value() : CaseVersion.afterSequence(last.get(0)).value();
    }

    /**
     * Waits until the case's version here reaches {@code version}, at most {@code patience}.
     *
     * @return the version reached, which is below the one asked for when patience ran out
     */
    public long awaitVersion(UUID caseId, long version, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        long reached = version(caseId);
        while (reached < version && System.nanoTime() < deadline) {
            Thread.sleep(POLL.toMillis());
            reached = version(caseId);
        }
        return reached;
    }

    @Override
    public String name() {
        return HistoryProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("history_entry", "history_case");
    }

    @Override
    public Map<UUID, Map<String, Object>> factsByCase() {
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        jdbc.query("SELECT e.case_id, count(*) AS entries, count(e.retracted_by_entry) AS retracted,"
                + " max(c.last_sequence) AS last_sequence FROM history_entry e LEFT JOIN history_case c"
                + " ON c.case_id = e.case_id GROUP BY e.case_id", rs -> {
                    Map<String, Object> f = facts.computeIfAbsent(rs.getObject("case_id", UUID.class),
                            id -> new HashMap<>());
                    f.put("entries", rs.getLong("entries"));
                    f.put("retracted", rs.getLong("retracted"));
                    f.put("version", CaseVersion.afterSequence(rs.getLong("last_sequence")).value());
                });
        return facts;
    }

    /** The row of case {@code caseId} whose {@link #ENTRY_COLUMNS} begin at position {@code first}. */
    static HistoryRow row(ResultSet rs, int first, UUID caseId) throws SQLException {
        UUID entryId = rs.getObject(first, UUID.class);
        long sequence = rs.getLong(first + 1);
        EntryKind kind = EntryKind.valueOf(rs.getString(first + 2));
        String happenedOn = rs.getString(first + 3);
        String text = rs.getString(first + 4);
        String source = rs.getString(first + 5);
        boolean restricted = rs.getBoolean(first + 6);
        UUID refersTo = rs.getObject(first + 7, UUID.class);
        String field = rs.getString(first + 8);
        String value = rs.getString(first + 9);
        String reason = rs.getString(first + 10);
        Instant recordedAt = instant(rs, first + 11);
        String recordedBy = rs.getString(first + 12);
        UUID retractedBy = rs.getObject(first + 13, UUID.class);
        HistoryRow.Retraction retraction = retractedBy == null ? null : new HistoryRow.Retraction(retractedBy,
                rs.getString(first + 14), instant(rs, first + 15), rs.getString(first + 16));
        UUID cited = rs.getObject(first + 17, UUID.class);
        Citation citation = cited == null ? null : new Citation(cited, rs.getString(first + 18));
        return new HistoryRow(entryId, caseId, sequence, kind, happenedOn, text, source, restricted, refersTo, field,
                value, reason, recordedAt, recordedBy, retraction, citation);
    }
}
