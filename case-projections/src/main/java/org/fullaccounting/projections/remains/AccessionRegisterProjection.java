package org.fullaccounting.projections.remains;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fullaccounting.casefile.remains.api.AccessionReceivedEvent;
import org.fullaccounting.casefile.remains.api.CandidateAddedEvent;
import org.fullaccounting.casefile.remains.api.CandidateExcludedEvent;
import org.fullaccounting.casefile.remains.api.CandidateIdentifiedEvent;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.UUID;

/**
 * The accession register from the accessions' events. Run by a subscribing processor
 * (ProjectionsConfig) in the writing transaction, so an accession and its candidates read back at
 * once. Idempotent: a row is inserted once, an outcome is only set on a candidate still open, and
 * the version only rises, so feeding it the stream again is safe.
 */
public class AccessionRegisterProjection {

    public static final String NAME = "accession-register";

    private final JdbcTemplate jdbc;

    public AccessionRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
    }

    @EventHandler
    void on(AccessionReceivedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        var d = e.description();
        jdbc.update("INSERT INTO remains_accession (accession_id, name, received_on, received_earliest, origin, lot,"
                        + " version, received_at, received_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (accession_id) DO NOTHING", e.accessionId(), d.name(), Sql.text(d.receivedOn()),
                Sql.earliest(d.receivedOn()), d.origin(), d.lot(), sequence + 1, Sql.at(at), user);
    }

    @EventHandler
    void on(CandidateAddedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("INSERT INTO accession_candidate (accession_id, case_id, reason, outcome, added_at)"
                + " VALUES (?, ?, ?, 'CANDIDATE', ?) ON CONFLICT (accession_id, case_id) DO NOTHING",
                e.accessionId(), e.caseId(), e.reason(), Sql.at(at));
        versionIs(e.accessionId(), sequence);
    }

    @EventHandler
    void on(CandidateExcludedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE accession_candidate SET outcome = 'EXCLUDED', excluded_because = ?"
                + " WHERE accession_id = ? AND case_id = ? AND outcome = 'CANDIDATE'", e.reason(), e.accessionId(), e.caseId());
        versionIs(e.accessionId(), sequence);
    }

    @EventHandler
    void on(CandidateIdentifiedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE accession_candidate SET outcome = 'IDENTIFIED', method = ?, identified_on = ?, sample = ?"
                        + " WHERE accession_id = ? AND case_id = ? AND outcome = 'CANDIDATE'", e.method().name(),
                Sql.text(e.identifiedOn()), e.sample(), e.accessionId(), e.caseId());
        versionIs(e.accessionId(), sequence);
    }

    private void versionIs(UUID accessionId, long sequence) {
        jdbc.update("UPDATE remains_accession SET version = ? WHERE accession_id = ? AND version < ?", sequence + 1,
                accessionId, sequence + 1);
    }
}
