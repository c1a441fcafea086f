package org.fullaccounting.projections.caseheader;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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

    /** The headers of these cases in one statement, by case id (a case without a header is absent). */
    public Map<UUID, CaseHeader> findAll(Collection<UUID> caseIds) {
        Map<UUID, CaseHeader> found = new HashMap<>();
        if (!caseIds.isEmpty()) {
            jdbc.query("SELECT " + CaseHeaderRows.COLUMNS + " FROM case_header WHERE case_id = ANY (?)", rs -> {
                found.put(rs.getObject("case_id", UUID.class), CaseHeaderRows.header(rs));
            }, (Object) caseIds.toArray(UUID[]::new));
        }
        return found;
    }
}
