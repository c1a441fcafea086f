package org.fullaccounting.projections.findings;

import org.fullaccounting.casefile.api.PersonName;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads findings. {@code cases} null: staff, every case; otherwise a family's cases, and only a
 * finding applied to one of them is found, with only those cases.
 */
public class FindingQuery {

    private static final String COLUMNS = "f.finding_id, f.title, f.made_by, f.date_value, f.source, f.source_id,"
            + " f.to_status, f.recorded_at, f.recorded_by";

    private final JdbcTemplate jdbc;

    public FindingQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<FindingView> find(UUID findingId, Collection<UUID> cases) {
        List<FindingView.FindingCase> applied = cases(findingId, cases);
        if (cases != null && applied.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM finding f WHERE f.finding_id = ?",
                (rs, i) -> view(rs, applied), findingId).stream().findFirst();
    }

    /** The latest findings, newest first, without their cases; staff only. */
    public List<FindingView> latest(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM finding f ORDER BY f.recorded_at DESC, f.finding_id LIMIT ?",
                (rs, i) -> view(rs, List.of()), limit);
    }

    private List<FindingView.FindingCase> cases(UUID findingId, Collection<UUID> cases) {
        List<Object> args = new ArrayList<>(List.of(findingId));
        if (cases != null) {
            args.add(cases.toArray(new UUID[0]));
        }
        return jdbc.query("SELECT c.case_id, c.entry_id, c.from_status, c.retracted, h.service_number, h.family_name,"
                        + " h.given_name, h.middle_name FROM finding_case c LEFT JOIN case_header h ON h.case_id = c.case_id"
                        + " WHERE c.finding_id = ?" + (cases == null ? "" : " AND c.case_id = ANY (?)")
                        + " ORDER BY h.family_name NULLS LAST, h.given_name, c.case_id",
                (rs, i) -> new FindingView.FindingCase(rs.getObject("case_id", UUID.class),
                        rs.getObject("entry_id", UUID.class), rs.getString("service_number"),
                        rs.getString("family_name") == null ? null : new PersonName(rs.getString("family_name"),
                                rs.getString("given_name"), rs.getString("middle_name")).display(),
                        rs.getString("from_status"), rs.getBoolean("retracted")), args.toArray());
    }

    private static FindingView view(java.sql.ResultSet rs, List<FindingView.FindingCase> cases)
            throws java.sql.SQLException {
        return new FindingView(rs.getObject("finding_id", UUID.class), rs.getString("title"), rs.getString("made_by"),
                rs.getString("date_value"), rs.getString("source"), rs.getObject("source_id", UUID.class),
                rs.getString("to_status"), rs.getTimestamp("recorded_at").toInstant(), rs.getString("recorded_by"),
                cases);
    }
}
