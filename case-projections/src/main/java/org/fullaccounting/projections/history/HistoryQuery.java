package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.projections.ReadModel;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
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

    private final JdbcTemplate jdbc;

    public HistoryQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The case's timeline, or empty when no event of it has been applied here yet. One statement,
     * so the version and the rows come from one snapshot of the read model (the handler writes
     * both in one transaction) and a read costs one round trip.
     */
    public Optional<CaseHistory> history(UUID caseId) {
        long[] lastSequence = {-1};
        List<HistoryRow> rows = new ArrayList<>();
        jdbc.query("SELECT c.last_sequence AS case_last_sequence, e.* FROM history_case c "
                + "LEFT JOIN history_entry e ON e.case_id = c.case_id WHERE c.case_id = ? ORDER BY e.sequence", rs -> {
                    lastSequence[0] = rs.getLong("case_last_sequence");
                    if (rs.getObject("entry_id") != null) {
                        rows.add(row(rs, rows.size()));
                    }
                }, caseId);
        if (lastSequence[0] < 0) {
            return Optional.empty();
        }
        return Optional.of(Timeline.assemble(caseId, CaseVersion.afterSequence(lastSequence[0]).value(), null, rows));
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

    static HistoryRow row(ResultSet rs, int rowNum) throws SQLException {
        UUID retractedBy = rs.getObject("retracted_by_entry", UUID.class);
        UUID cited = rs.getObject("cited_source_id", UUID.class);
        return new HistoryRow(rs.getObject("entry_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getLong("sequence"), EntryKind.valueOf(rs.getString("kind")), rs.getString("happened_on"),
                rs.getString("text"), rs.getString("source"), rs.getBoolean("restricted"),
                rs.getObject("refers_to", UUID.class), rs.getString("field"), rs.getString("value"),
                rs.getString("reason"), instant(rs, "recorded_at"), rs.getString("recorded_by"),
                retractedBy == null ? null : new HistoryRow.Retraction(retractedBy, rs.getString("retraction_reason"),
                        instant(rs, "retracted_at"), rs.getString("retracted_by")),
                cited == null ? null : new Citation(cited, rs.getString("cited_locator")));
    }
}
