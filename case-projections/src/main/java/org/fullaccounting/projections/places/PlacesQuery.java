package org.fullaccounting.projections.places;

import org.fullaccounting.projections.Sql;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.sql.Array;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads loss incidents and camps with their case counts (the board's counts per incident and camp),
 * and the cases of each. A search matches any word of the name, place or units (an incident) or of
 * the name, aliases or location (a camp): "Pyoktong" finds Camp 5.
 */
public class PlacesQuery {

    private static final String INCIDENT = "SELECT i.incident_id, i.name, i.dates, i.place, i.units, i.version,"
            + " i.recorded_at, i.recorded_by,"
            + " (SELECT count(*) FROM incident_case l WHERE l.incident_id = i.incident_id) AS cases FROM loss_incident i";
    private static final String CAMP = "SELECT k.camp_id, k.name, k.location, k.aliases, k.version, k.recorded_at,"
            + " k.recorded_by, (SELECT count(*) FROM camp_case l WHERE l.camp_id = k.camp_id) AS cases FROM pow_camp k";

    private final JdbcTemplate jdbc;

    public PlacesQuery(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<IncidentView> incident(UUID incidentId) {
        return jdbc.query(INCIDENT + " WHERE i.incident_id = ?", INCIDENT_ROW, incidentId).stream().findFirst();
    }

    /** Incidents matching {@code q} (blank: all), by date then name, at most {@code limit}. */
    public List<IncidentView> incidents(String q, int limit) {
        return jdbc.query(INCIDENT + " WHERE (?::text IS NULL OR strpos(i.search_text, ?) > 0)"
                + " ORDER BY i.dates_earliest NULLS LAST, i.name, i.incident_id LIMIT ?", INCIDENT_ROW,
                needle(q), needle(q), limit);
    }

    public Optional<CampView> camp(UUID campId) {
        return jdbc.query(CAMP + " WHERE k.camp_id = ?", CAMP_ROW, campId).stream().findFirst();
    }

    /** Camps matching {@code q} by name, alias or location (blank: all), by name, at most {@code limit}. */
    public List<CampView> camps(String q, int limit) {
        return jdbc.query(CAMP + " WHERE (?::text IS NULL OR strpos(k.search_text, ?) > 0)"
                + " ORDER BY k.name, k.camp_id LIMIT ?", CAMP_ROW, needle(q), needle(q), limit);
    }

    public List<PlacedCase> casesOfIncident(UUID incidentId) {
        return cases("incident_case", "incident_id", incidentId);
    }

    public List<PlacedCase> casesOfCamp(UUID campId) {
        return cases("camp_case", "camp_id", campId);
    }

    private List<PlacedCase> cases(String table, String idColumn, UUID id) {
        return jdbc.query("SELECT l.case_id, n.display_name, l.reason, l.linked_at FROM " + table + " l"
                        + " LEFT JOIN search_case n ON n.case_id = l.case_id WHERE l." + idColumn + " = ?"
                        + " ORDER BY n.display_name NULLS LAST, l.case_id",
                (rs, i) -> new PlacedCase(rs.getObject("case_id", UUID.class), rs.getString("display_name"),
                        rs.getString("reason"), Sql.instant(rs, "linked_at")), id);
    }

    private static String needle(String q) {
        return q == null || q.isBlank() ? null : q.trim().toLowerCase(Locale.ROOT);
    }

    private static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static final RowMapper<IncidentView> INCIDENT_ROW = (rs, i) -> new IncidentView(
            rs.getObject("incident_id", UUID.class), rs.getString("name"), rs.getString("dates"),
            rs.getString("place"), list(rs.getArray("units")), rs.getInt("cases"), rs.getLong("version"),
            Sql.instant(rs, "recorded_at"), rs.getString("recorded_by"));

    private static final RowMapper<CampView> CAMP_ROW = (rs, i) -> new CampView(rs.getObject("camp_id", UUID.class),
            rs.getString("name"), rs.getString("location"), list(rs.getArray("aliases")), rs.getInt("cases"),
            rs.getLong("version"), Sql.instant(rs, "recorded_at"), rs.getString("recorded_by"));
}
