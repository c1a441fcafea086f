package org.fullaccounting.projections.people;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.fullaccounting.casefile.people.api.*;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * The people of each case and their reference samples, from the CasePeople events. Run by a
 * subscribing processor (ProjectionsConfig) in the writing transaction: which person a family
 * account is, and so whose contact details it may read and change, never lags behind the link.
 * Idempotent: each row keeps the sequence of the last event folded into it, and an event no later
 * than that changes nothing, so feeding the stream again (a restore's rebuild) is safe.
 */
public class PeopleProjection {

    public static final String NAME = "case-people";

    private final JdbcTemplate jdbc;

    public PeopleProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
    }

    @EventHandler
    void on(PersonAddedEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        jdbc.update("INSERT INTO case_person (person_id, case_id, name, relationship, born_on, added_at, last_sequence)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (person_id) DO NOTHING", e.personId(), e.caseId(),
                e.name(), e.relationship().name(), Sql.text(e.bornOn()), Sql.at(at), sequence);
    }

    @EventHandler
    void on(PersonCorrectedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE case_person SET name = ?, relationship = ?, born_on = ?, last_sequence = ?"
                        + " WHERE person_id = ? AND last_sequence < ?", e.name(), e.relationship().name(),
                Sql.text(e.bornOn()), sequence, e.personId(), sequence);
    }

    @EventHandler
    void on(PersonDiedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE case_person SET died_on = ?, is_primary = FALSE, last_sequence = ?"
                + " WHERE person_id = ? AND last_sequence < ?", Sql.text(e.diedOn()), sequence, e.personId(), sequence);
    }

    /** The one before loses the place first, then the new one takes it: one primary per case at every moment. */
    @EventHandler
    void on(PrimaryNextOfKinNamedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE case_person SET is_primary = FALSE, last_sequence = ?"
                        + " WHERE case_id = ? AND person_id <> ? AND is_primary AND last_sequence < ?", sequence,
                e.caseId(), e.personId(), sequence);
        jdbc.update("UPDATE case_person SET is_primary = TRUE, primary_since = ?, last_sequence = ?"
                + " WHERE person_id = ? AND last_sequence < ?", Sql.text(e.since()), sequence, e.personId(), sequence);
    }

    @EventHandler
    void on(ContactDetailsChangedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE case_person SET address = ?, email = ?, phone = ?, last_sequence = ?"
                        + " WHERE person_id = ? AND last_sequence < ?", e.details().address(), e.details().email(),
                e.details().phone(), sequence, e.personId(), sequence);
    }

    @EventHandler
    void on(ConsentsRecordedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE case_person SET consent_contact = ?, consent_dna_use = ?, consent_publicity = ?,"
                        + " consent_source = ?, last_sequence = ? WHERE person_id = ? AND last_sequence < ?",
                e.consents().contact(), e.consents().dnaUse(), e.consents().publicity(), e.source(), sequence,
                e.personId(), sequence);
    }

    @EventHandler
    void on(AccountLinkedToPersonEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE case_person SET account = ?, last_sequence = ? WHERE person_id = ? AND last_sequence < ?",
                e.username(), sequence, e.personId(), sequence);
    }

    @EventHandler
    void on(ReferenceSampleRequestedEvent e, @SequenceNumber long sequence) {
        jdbc.update("INSERT INTO reference_sample (sample_id, case_id, donor_id, type, line, requested_on, last_sequence)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sample_id) DO NOTHING", e.sampleId(), e.caseId(),
                e.donorId(), e.type().name(), e.line().name(), java.sql.Date.valueOf(e.requestedOn()), sequence);
    }

    @EventHandler
    void on(ReferenceSampleReceivedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE reference_sample SET received_on = ?, last_sequence = ? WHERE sample_id = ?"
                        + " AND last_sequence < ?", java.sql.Date.valueOf(e.receivedOn()), sequence, e.sampleId(),
                sequence);
    }

    @EventHandler
    void on(ReferenceSampleProcessedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE reference_sample SET processed_on = ?, lab_reference = ?, last_sequence = ?"
                        + " WHERE sample_id = ? AND last_sequence < ?", java.sql.Date.valueOf(e.processedOn()),
                e.labReference(), sequence, e.sampleId(), sequence);
    }
}
