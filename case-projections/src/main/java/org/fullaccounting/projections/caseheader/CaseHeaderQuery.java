package org.fullaccounting.projections.caseheader;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Optional;
import java.util.UUID;

/** A case's header as it stands: read in any transaction, it is exactly as of the last committed write. */
public class CaseHeaderQuery {

    private final JdbcTemplate jdbc;

    public CaseHeaderQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<CaseHeader> find(UUID caseId) {
        return jdbc.query("SELECT " + CaseHeaderRows.COLUMNS + " FROM case_header WHERE case_id = ?",
                (rs, n) -> CaseHeaderRows.header(rs), caseId).stream().findFirst();
    }
}
