package org.fullaccounting.projections.correspondence;

import org.fullaccounting.casefile.api.CorrespondenceKind;
import org.fullaccounting.casefile.api.Direction;
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

import static org.fullaccounting.projections.Sql.earliest;
import static org.fullaccounting.projections.Sql.instant;
import static org.fullaccounting.projections.Sql.latest;

/** Searches the correspondence register, in date order (as dated by the documents). */
public class CorrespondenceQuery implements ReadModel {

    private final JdbcTemplate jdbc;

    public CorrespondenceQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<CorrespondenceView> search(CorrespondenceSearch search) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (search.party() != null) {
            where.add("(r.from_party ILIKE ? OR r.to_party ILIKE ?)");
            args.add(contains(search.party()));
            args.add(contains(search.party()));
        }
        if (search.kind() != null) {
            where.add("r.kind = ?");
            args.add(search.kind().name());
        }
        if (search.from() != null) {
            where.add("r.date_latest >= ?");
            args.add(earliest(search.from()));
        }
        if (search.to() != null) {
            where.add("r.date_earliest <= ?");
            args.add(latest(search.to()));
        }
        if (search.words() != null) {
            where.add("r.words @@ plainto_tsquery('english', ?)");
            args.add(search.words());
        }
        if (search.caseId() != null) {
            where.add("r.case_id = ?");
            args.add(search.caseId());
        }
        String conditions = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM correspondence r" + conditions, Long.class,
                args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(search.size());
        pageArgs.add((long) search.page() * search.size());
        List<CorrespondenceView> items = jdbc.query("SELECT r.*, c.service_number, c.display_name"
                        + " FROM correspondence r LEFT JOIN correspondence_case c ON c.case_id = r.case_id" + conditions
                        + " ORDER BY r.date_earliest, r.date_latest, r.recorded_at, r.entry_id LIMIT ? OFFSET ?",
                CorrespondenceQuery::view, pageArgs.toArray());
        return new Page<>(items, search.page(), search.size(), total == null ? 0 : total);
    }

    @Override
    public String name() {
        return CorrespondenceProjection.NAME;
    }

    @Override
    public List<String> tables() {
        return List.of("correspondence", "correspondence_case");
    }

    @Override
    public Map<UUID, Map<String, Object>> factsByCase() {
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        jdbc.query("SELECT case_id, count(*) FILTER (WHERE NOT retracted) AS active,"
                + " count(*) FILTER (WHERE retracted) AS retracted FROM correspondence GROUP BY case_id", rs -> {
                    Map<String, Object> f = new HashMap<>();
                    f.put("correspondence", rs.getLong("active"));
                    f.put("correspondence.retracted", rs.getLong("retracted"));
                    facts.put(rs.getObject("case_id", UUID.class), f);
                });
        return facts;
    }

    private static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static CorrespondenceView view(ResultSet rs, int rowNum) throws SQLException {
        return new CorrespondenceView(rs.getObject("entry_id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("service_number"), rs.getString("display_name"), rs.getString("date"),
                CorrespondenceKind.valueOf(rs.getString("kind")), Direction.valueOf(rs.getString("direction")),
                rs.getString("from_party"), rs.getString("to_party"), rs.getString("subject"), rs.getString("summary"),
                rs.getString("document_ref"), rs.getBoolean("restricted"), instant(rs, "recorded_at"),
                rs.getString("recorded_by"), rs.getBoolean("retracted"), rs.getString("retraction_reason"));
    }
}
