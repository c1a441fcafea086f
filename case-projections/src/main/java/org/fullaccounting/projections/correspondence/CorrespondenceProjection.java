package org.fullaccounting.projections.correspondence;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fullaccounting.casefile.api.CaseOpenedEvent;
import org.fullaccounting.casefile.api.CorrespondenceLoggedEvent;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.fullaccounting.projections.Writes;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;

import static org.fullaccounting.projections.Sql.*;

/** The correspondence register across cases, one row per logged item, keyed by its entry id. */
public class CorrespondenceProjection {

    public static final String NAME = "correspondence";

    private static final String CASE = "INSERT INTO correspondence_case (case_id, service_number, display_name)"
            + " VALUES (?, ?, ?) ON CONFLICT (case_id) DO NOTHING";
    private static final String ITEM = "INSERT INTO correspondence (entry_id, case_id, sequence, date, date_earliest,"
            + " date_latest, kind, direction, from_party, to_party, subject, summary, document_ref, restricted,"
            + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (entry_id) DO NOTHING";
    private static final String RETRACT = "UPDATE correspondence SET retracted = true, retraction_reason = ?"
            + " WHERE entry_id = ?";

    private final JdbcTemplate jdbc;
    private final Writes writes;

    public CorrespondenceProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
        this.writes = new Writes(jdbc, List.of(CASE, ITEM, RETRACT));
    }

    @EventHandler
    void on(CaseOpenedEvent e) {
        writes.update(CASE, e.caseId(), e.serviceNumber(), e.name().display());
    }

    @EventHandler
    void on(CorrespondenceLoggedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        writes.update(ITEM, e.entryId(), e.caseId(), sequence, text(e.date()), earliest(e.date()), latest(e.date()),
                name(e.kind()), name(e.direction()), e.from(), e.to(), e.subject(), e.summary(), e.documentRef(),
                e.restricted(), at(at), user);
    }

    @EventHandler
    void on(EntryRetractedEvent e) {
        writes.update(RETRACT, e.reason(), e.retractedEntryId());
    }

    @ResetHandler
    void reset() {
        Sql.truncate(jdbc, "correspondence", "correspondence_case");
    }
}
