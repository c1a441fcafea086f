package org.fullaccounting.projections.sightings;

import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.ReadModel;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.fullaccounting.projections.Sql.instant;

/** Sighting reports across cases, and the queue of those still waiting for a conclusion. */
public class SightingsQuery implements ReadModel {

    /** The assessment filter: one of the assessments, or not yet assessed, or any. */
    public enum State { CORRELATED, NOT_CORRELATED, UNRESOLVED, FABRICATED, UNASSESSED }

    private static final String SELECT = "SELECT s.*, c.service_number, c.display_name FROM sighting s"
            + " LEFT JOIN sighting_case c ON c.case_id = s.case_id";

    private final JdbcTemplate jdbc;

    public SightingsQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** All reports (retracted ones included and flagged), most recently recorded first. */
    public Page<SightingView> list(State state, UUID caseId, int page, int size) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (state == State.UNASSESSED) {
            where.add("s.assessment IS NULL");
        } else if (state != null) {
            where.add("s.assessment = ?");
            args.add(state.name());
        }
        if (caseId != null) {
            where.add("s.case_id = ?");
            args.add(caseId);
        }
        return page(where, args, "s.recorded_at DESC, s.sighting_id", page, size);
    }

    /**
     * Reports waiting for a conclusion (assessed UNRESOLVED, or not assessed yet), not retracted,
     * oldest first: by when the report was made, then when the sighting was, then when recorded.
     */
    public Page<SightingView> unresolvedQueue(int page, int size) {
        return page(List.of("NOT s.retracted", "(s.assessment IS NULL OR s.assessment = 'UNRESOLVED')"), List.of(),
                "s.reported_day NULLS LAST, s.observed_day NULLS LAST, s.recorded_at, s.sighting_id", page, size);
    }

    private Page<SightingView> page(List<String> where, List<Object> args, String orderBy, int page, int size) {
        String conditions = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM sighting s" + conditions, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<SightingView> items = jdbc.query(SELECT + conditions + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?",
                SightingsQuery::view, pageArgs.toArray());
        return new Page<>(items, page, size, total == null ? 0 : total);
    }

    @Override
    public String name() {
        return SightingsProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("sighting", "sighting_case");
    }

    @Override
    public Map<UUID, Map<String, Object>> factsByCase() {
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        jdbc.query("SELECT case_id, CASE WHEN retracted THEN 'RETRACTED' ELSE coalesce(assessment, 'UNASSESSED') END"
                + " AS state, count(*) AS n FROM sighting GROUP BY 1, 2", rs -> {
                    facts.computeIfAbsent(rs.getObject("case_id", UUID.class), id -> new HashMap<>())
                            .put("sightings." + rs.getString("state"), rs.getLong("n"));
                });
        return facts;
    }

    private static SightingView view(ResultSet rs, int rowNum) throws SQLException {
        String assessment = rs.getString("assessment");
        return new SightingView(rs.getObject("sighting_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("service_number"), rs.getString("display_name"), rs.getString("observed_on"),
                rs.getString("reported_on"), rs.getString("place"), SourceKind.valueOf(rs.getString("source_kind")),
                rs.getString("witness"), rs.getString("description"), rs.getString("source"),
                instant(rs, "recorded_at"), rs.getString("recorded_by"),
                assessment == null ? null : Assessment.valueOf(assessment), rs.getString("assessment_reason"),
                instant(rs, "assessed_at"), rs.getString("assessed_by"), rs.getBoolean("retracted"),
                rs.getString("retraction_reason"));
    }
}
