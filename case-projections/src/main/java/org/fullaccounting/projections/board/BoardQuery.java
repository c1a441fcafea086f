package org.fullaccounting.projections.board;

import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.ReadModel;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.fullaccounting.projections.Sql.earliest;
import static org.fullaccounting.projections.Sql.latest;

/** Counts and filtered, sorted, paged lists of cases from the status board. */
public class BoardQuery implements ReadModel {

    private static final String ACTIVE_SIGHTINGS = "FROM board_sighting s WHERE s.case_id = c.case_id AND NOT s.retracted";

    private final JdbcTemplate jdbc;

    public BoardQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public BoardCounts counts() {
        Map<CaseStatus, Long> byStatus = new EnumMap<>(CaseStatus.class);
        Arrays.stream(CaseStatus.values()).forEach(status -> byStatus.put(status, 0L));
        jdbc.query("SELECT status, count(*) AS n FROM board_case GROUP BY status",
                rs -> {
                    byStatus.put(CaseStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        return jdbc.queryForObject("SELECT"
                        + " (SELECT count(*) FROM board_case) AS cases,"
                        + " (SELECT count(*) FROM board_case WHERE last_seen_alive) AS lsa,"
                        + " (SELECT count(DISTINCT case_id) FROM board_sighting WHERE NOT retracted"
                        + "   AND assessment = 'UNRESOLVED') AS unresolved,"
                        + " (SELECT count(DISTINCT case_id) FROM board_sighting WHERE NOT retracted"
                        + "   AND assessment IS NULL) AS unassessed",
                (rs, n) -> new BoardCounts(rs.getLong("cases"), byStatus, rs.getLong("lsa"),
                        rs.getLong("unresolved"), rs.getLong("unassessed")));
    }

    public Page<BoardCase> list(CaseFilter filter) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (filter.status() != null) {
            where.add("c.status = ?");
            args.add(filter.status().name());
        }
        if (filter.branch() != null) {
            where.add("c.branch = ?");
            args.add(filter.branch().name());
        }
        if (filter.unit() != null) {
            where.add("c.unit ILIKE ?");
            args.add(contains(filter.unit()));
        }
        if (filter.camp() != null) {
            where.add("EXISTS (SELECT 1 FROM board_camp k WHERE k.case_id = c.case_id AND NOT k.retracted"
                    + " AND k.camp ILIKE ?)");
            args.add(contains(filter.camp()));
        }
        if (filter.incidentId() != null) {
            where.add("EXISTS (SELECT 1 FROM incident_case l WHERE l.case_id = c.case_id AND l.incident_id = ?)");
            args.add(filter.incidentId());
        }
        if (filter.campId() != null) {
            where.add("EXISTS (SELECT 1 FROM camp_case l WHERE l.case_id = c.case_id AND l.camp_id = ?)");
            args.add(filter.campId());
        }
        if (filter.lastSeenAlive() != null) {
            where.add("c.last_seen_alive = ?");
            args.add(filter.lastSeenAlive());
        }
        if (filter.lossFrom() != null) {
            where.add("c.loss_latest >= ?");
            args.add(earliest(filter.lossFrom()));
        }
        if (filter.lossTo() != null) {
            where.add("c.loss_earliest <= ?");
            args.add(latest(filter.lossTo()));
        }
        // as text[]: the driver binds String[] everywhere; SQL casts it
        String[] ranked = filter.rankedCaseIds() == null ? null
                : filter.rankedCaseIds().stream().map(UUID::toString).toArray(String[]::new);
        if (ranked != null) {
            where.add("c.case_id = ANY (?::uuid[])");
            args.add(ranked);
        }
        String conditions = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM board_case c" + conditions, Long.class, args.toArray());
        CaseFilter.Sort sort = filter.sort() == CaseFilter.Sort.RELEVANCE && ranked == null
                ? CaseFilter.Sort.NAME : filter.sort();
        List<Object> pageArgs = new ArrayList<>(args);
        if (sort == CaseFilter.Sort.RELEVANCE) {
            pageArgs.add(ranked);
        }
        pageArgs.add(filter.size());
        pageArgs.add((long) filter.page() * filter.size());
        List<BoardCase> items = jdbc.query("SELECT c.*,"
                        + " ARRAY(SELECT k.camp FROM board_camp k WHERE k.case_id = c.case_id AND NOT k.retracted"
                        + "   ORDER BY k.camp) AS camps,"
                        + " (SELECT count(*) " + ACTIVE_SIGHTINGS + " AND s.assessment = 'UNRESOLVED') AS unresolved,"
                        + " (SELECT count(*) " + ACTIVE_SIGHTINGS + " AND s.assessment IS NULL) AS unassessed"
                        + " FROM board_case c" + conditions + " ORDER BY " + sort.orderBy(filter.descending())
                        + " LIMIT ? OFFSET ?",
                BoardQuery::boardCase, pageArgs.toArray());
        return new Page<>(items, filter.page(), filter.size(), total == null ? 0 : total);
    }

    @Override
    public String name() {
        return BoardProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("board_sighting", "board_camp", "board_case");
    }

    @Override
    public Map<UUID, Map<String, Object>> factsByCase() {
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        jdbc.query("SELECT c.case_id, c.status, c.last_seen_alive,"
                + " (SELECT count(*) FROM board_camp k WHERE k.case_id = c.case_id AND NOT k.retracted) AS camps,"
                + " (SELECT count(*) " + ACTIVE_SIGHTINGS + " AND s.assessment = 'UNRESOLVED') AS unresolved,"
                + " (SELECT count(*) " + ACTIVE_SIGHTINGS + " AND s.assessment IS NULL) AS unassessed"
                + " FROM board_case c", rs -> {
                    Map<String, Object> f = new HashMap<>();
                    f.put("status", rs.getString("status"));
                    f.put("lastSeenAlive", rs.getBoolean("last_seen_alive"));
                    f.put("camps", rs.getLong("camps"));
                    f.put("unresolvedSightings", rs.getLong("unresolved"));
                    f.put("unassessedSightings", rs.getLong("unassessed"));
                    facts.put(rs.getObject("case_id", UUID.class), f);
                });
        return facts;
    }

    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static BoardCase boardCase(ResultSet rs, int rowNum) throws SQLException {
        Array camps = rs.getArray("camps");
        return new BoardCase(rs.getObject("case_id", UUID.class), rs.getString("service_number"),
                rs.getString("display_name"), rs.getString("rank"), Branch.valueOf(rs.getString("branch")),
                rs.getString("unit"), rs.getString("loss_date"), rs.getString("loss_place"),
                CaseStatus.valueOf(rs.getString("status")), rs.getBoolean("last_seen_alive"),
                List.of((String[]) camps.getArray()), rs.getInt("unresolved"), rs.getInt("unassessed"));
    }
}
