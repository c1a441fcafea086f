package org.fullaccounting.projections.familylinks;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.UUID;

/** Which cases a family account may read. */
public class FamilyLinks {

    private final JdbcTemplate jdbc;

    public FamilyLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isLinked(String username, UUID caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM family_link WHERE username = ? AND case_id = ?)", Boolean.class,
                username, caseId));
    }

    public List<UUID> casesOf(String username) {
        return jdbc.queryForList("SELECT case_id FROM family_link WHERE username = ? ORDER BY case_id", UUID.class,
                username);
    }
}
