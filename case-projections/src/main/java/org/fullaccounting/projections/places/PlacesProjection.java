package org.fullaccounting.projections.places;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fullaccounting.casefile.places.api.CampDescription;
import org.fullaccounting.casefile.places.api.CampRecordedEvent;
import org.fullaccounting.casefile.places.api.CasesLinkedToCampEvent;
import org.fullaccounting.casefile.places.api.CasesLinkedToIncidentEvent;
import org.fullaccounting.casefile.places.api.IncidentDescription;
import org.fullaccounting.casefile.places.api.IncidentRecordedEvent;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Loss incidents, camps and their cases from their events. Run by a subscribing processor
 * (ProjectionsConfig) in the writing transaction, so a record and its links read back at once and
 * the board's filter by them never lags. Idempotent (inserts once, the version only rises).
 */
public class PlacesProjection {

    public static final String NAME = "places";

    private final JdbcTemplate jdbc;

    public PlacesProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
    }

    @EventHandler
    void on(IncidentRecordedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        IncidentDescription d = e.description();
        jdbc.update("INSERT INTO loss_incident (incident_id, name, dates, dates_earliest, place, units, search_text,"
                        + " version, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (incident_id) DO NOTHING", e.incidentId(), d.name(), Sql.text(d.dates()),
                Sql.earliest(d.dates()), d.place(), storable(d.units()), searchText(d.name(), d.place(), d.units()),
                sequence + 1, Sql.at(at), user);
    }

    @EventHandler
    void on(CasesLinkedToIncidentEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        link("incident_case", "incident_id", e.incidentId(), e.caseIds(), e.reason(), at);
        jdbc.update("UPDATE loss_incident SET version = ? WHERE incident_id = ? AND version < ?", sequence + 1,
                e.incidentId(), sequence + 1);
    }

    @EventHandler
    void on(CampRecordedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        CampDescription d = e.description();
        jdbc.update("INSERT INTO pow_camp (camp_id, name, location, aliases, search_text, version, recorded_at,"
                        + " recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (camp_id) DO NOTHING",
                e.campId(), d.name(), d.location(), storable(d.aliases()),
                searchText(d.name(), d.location(), d.aliases()), sequence + 1, Sql.at(at), user);
    }

    @EventHandler
    void on(CasesLinkedToCampEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        link("camp_case", "camp_id", e.campId(), e.caseIds(), e.reason(), at);
        jdbc.update("UPDATE pow_camp SET version = ? WHERE camp_id = ? AND version < ?", sequence + 1,
                e.campId(), sequence + 1);
    }

    private void link(String table, String idColumn, UUID id, List<UUID> caseIds, String reason, Instant at) {
        List<Object[]> rows = new ArrayList<>();
        for (UUID caseId : caseIds) {
            rows.add(new Object[]{id, caseId, reason, Sql.at(at)});
        }
        jdbc.batchUpdate("INSERT INTO " + table + " (" + idColumn + ", case_id, reason, linked_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (" + idColumn + ", case_id) DO NOTHING", rows);
    }

    private static String[] storable(List<String> names) {
        return names.stream().map(StorableText::storable).toArray(String[]::new);
    }

    static String searchText(String name, String place, List<String> names) {
        StringBuilder text = new StringBuilder(name);
        if (place != null) {
            text.append(' ').append(place);
        }
        names.forEach(n -> text.append(' ').append(n));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
