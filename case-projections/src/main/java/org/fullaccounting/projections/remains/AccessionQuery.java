package org.fullaccounting.projections.remains;

import org.fullaccounting.projections.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Reads the accession register: staff only (a family reads its own case's candidacies in its history). */
public class AccessionQuery {

    private static final String COLUMNS = "a.accession_id, a.name, a.received_on, a.origin, a.lot, a.version,"
            + " a.received_at, a.received_by,"
            + " (SELECT count(*) FROM accession_candidate c WHERE c.accession_id = a.accession_id) AS candidates,"
            + " (SELECT count(*) FROM accession_candidate c WHERE c.accession_id = a.accession_id"
            + "   AND c.outcome = 'IDENTIFIED') AS identified";

    private final JdbcTemplate jdbc;

    public AccessionQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccessionView> find(UUID accessionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM remains_accession a WHERE a.accession_id = ?", ROW, accessionId)
                .stream().findFirst();
    }

    /** At most {@code limit} accessions by the date received, then name. */
    public List<AccessionView> list(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM remains_accession a"
                + " ORDER BY a.received_earliest, a.name, a.accession_id LIMIT ?", ROW, limit);
    }

    /** An accession's candidates by name. */
    public List<CandidateView> candidates(UUID accessionId) {
        return jdbc.query("SELECT c.case_id, n.display_name, c.reason, c.outcome, c.excluded_because, c.method,"
                        + " c.identified_on, c.sample, c.added_at FROM accession_candidate c"
                        + " LEFT JOIN search_case n ON n.case_id = c.case_id WHERE c.accession_id = ?"
                        + " ORDER BY n.display_name NULLS LAST, c.case_id",
                (rs, i) -> new CandidateView(rs.getObject("case_id", UUID.class), rs.getString("display_name"),
                        rs.getString("reason"), rs.getString("outcome"), rs.getString("excluded_because"),
                        rs.getString("method"), rs.getString("identified_on"), rs.getString("sample"),
                        Sql.instant(rs, "added_at")), accessionId);
    }

    private static final RowMapper<AccessionView> ROW = (rs, i) -> new AccessionView(
            rs.getObject("accession_id", UUID.class), rs.getString("name"), rs.getString("received_on"),
            rs.getString("origin"), rs.getString("lot"), rs.getInt("candidates"), rs.getInt("identified"),
            rs.getLong("version"), Sql.instant(rs, "received_at"), rs.getString("received_by"));
}
