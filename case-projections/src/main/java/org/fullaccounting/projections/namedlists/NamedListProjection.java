package org.fullaccounting.projections.namedlists;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fullaccounting.casefile.api.AddedToListEvent;
import org.fullaccounting.casefile.api.ListEdition;
import org.fullaccounting.casefile.api.RemovedFromListEvent;
import org.fullaccounting.casefile.lists.api.ListCreatedEvent;
import org.fullaccounting.casefile.lists.api.ListRevisedEvent;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * The named lists from the lists' events, and their members from the cases' membership entries.
 * Run by a subscribing processor (ProjectionsConfig) in the writing transaction. Idempotent: a
 * revision applies only when newer than the list's last applied event, a join or leave only when
 * newer (by the case's sequence) than the member row's last change.
 */
public class NamedListProjection {

    public static final String NAME = "named-lists";

    private static final String MEMBER = "INSERT INTO named_list_member (list_id, case_id, member, entry_id,"
            + " list_version, source, source_id, reason, case_sequence, changed_at, changed_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (list_id, case_id) DO UPDATE SET"
            + " member = EXCLUDED.member, entry_id = EXCLUDED.entry_id, list_version = EXCLUDED.list_version,"
            + " source = EXCLUDED.source, source_id = EXCLUDED.source_id, reason = EXCLUDED.reason,"
            + " case_sequence = EXCLUDED.case_sequence, changed_at = EXCLUDED.changed_at,"
            + " changed_by = EXCLUDED.changed_by WHERE named_list_member.case_sequence < EXCLUDED.case_sequence";

    private final JdbcTemplate jdbc;

    public NamedListProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
    }

    @EventHandler
    void on(ListCreatedEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        jdbc.update("INSERT INTO named_list (list_id, name, keeper, version, date_value, last_seen_alive, events,"
                        + " created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (list_id) DO NOTHING",
                e.listId(), e.name(), e.keeper(), e.version(), Sql.text(e.date()), e.lastSeenAlive(), sequence + 1,
                Sql.at(at), user);
    }

    @EventHandler
    void on(ListRevisedEvent e, @SequenceNumber long sequence) {
        jdbc.update("UPDATE named_list SET version = ?, date_value = ?, events = ? WHERE list_id = ? AND events < ?",
                e.version(), Sql.text(e.date()), sequence + 1, e.listId(), sequence + 1);
    }

    @EventHandler
    void on(AddedToListEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        member(e.list(), e.caseId(), true, e.entryId(), e.source(), e.sourceId(), e.reason(), sequence, at, user);
    }

    @EventHandler
    void on(RemovedFromListEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        member(e.list(), e.caseId(), false, e.entryId(), e.source(), e.sourceId(), e.reason(), sequence, at, user);
    }

    private void member(ListEdition list, java.util.UUID caseId, boolean member, java.util.UUID entryId, String source,
                        java.util.UUID sourceId, String reason, long sequence, Instant at, String user) {
        jdbc.update(MEMBER, list.listId(), caseId, member, entryId, list.version(), source, sourceId, reason, sequence,
                Sql.at(at), user);
    }
}
