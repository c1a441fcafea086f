package org.fullaccounting.projections.sources;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fullaccounting.casefile.sources.api.SourceCorrectedEvent;
import org.fullaccounting.casefile.sources.api.SourceDescription;
import org.fullaccounting.casefile.sources.api.SourceLinkedToCasesEvent;
import org.fullaccounting.casefile.sources.api.SourceRegisteredEvent;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The source register from the sources' events. Run by a subscribing processor (ProjectionsConfig)
 * in the writing transaction: a registered source reads back at once, and a family's access to a
 * source through its case's link never lags. Idempotent (a correction applies only when newer), so
 * feeding it the stream again is safe.
 */
public class SourceRegisterProjection {

    public static final String NAME = "source-register";

    private final JdbcTemplate jdbc;

    public SourceRegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
    }

    @EventHandler
    void on(SourceRegisteredEvent e, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue("user") String user) {
        List<Object> args = new ArrayList<>(List.of(e.sourceId()));
        args.addAll(columns(e.description()));
        args.addAll(java.util.Arrays.asList(sequence + 1, Sql.at(at), user));
        jdbc.update("INSERT INTO source_register (source_id, kind, title, date_value, date_earliest, authors, parties,"
                + " archive_reference, reliability_note, restricted, search_text, version, registered_at, registered_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source_id) DO NOTHING",
                args.toArray());
    }

    @EventHandler
    void on(SourceCorrectedEvent e, @SequenceNumber long sequence) {
        List<Object> args = new ArrayList<>(columns(e.description()));
        args.addAll(List.of(sequence + 1, e.sourceId(), sequence + 1));
        jdbc.update("UPDATE source_register SET kind = ?, title = ?, date_value = ?, date_earliest = ?, authors = ?,"
                + " parties = ?, archive_reference = ?, reliability_note = ?, restricted = ?, search_text = ?,"
                + " version = ? WHERE source_id = ? AND version < ?", args.toArray());
    }

    @EventHandler
    void on(SourceLinkedToCasesEvent e, @SequenceNumber long sequence, @Timestamp Instant at) {
        List<Object[]> rows = new ArrayList<>();
        for (UUID caseId : e.caseIds()) {
            rows.add(new Object[]{e.sourceId(), caseId, e.reason(), Sql.at(at)});
        }
        jdbc.batchUpdate("INSERT INTO source_case (source_id, case_id, reason, linked_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (source_id, case_id) DO NOTHING", rows);
        jdbc.update("UPDATE source_register SET version = ? WHERE source_id = ? AND version < ?", sequence + 1,
                e.sourceId(), sequence + 1);
    }

    /** The ten description columns, in the order both statements list them; names in arrays made storable. */
    private static List<Object> columns(SourceDescription d) {
        return java.util.Arrays.asList(d.kind().name(), d.title(), Sql.text(d.date()), Sql.earliest(d.date()),
                storable(d.authors()), storable(d.parties()), d.archiveReference(), d.reliabilityNote(),
                d.restricted(), searchText(d));
    }

    private static String[] storable(List<String> names) {
        return names.stream().map(StorableText::storable).toArray(String[]::new);
    }

    static String searchText(SourceDescription d) {
        StringBuilder text = new StringBuilder(d.title());
        if (d.archiveReference() != null) {
            text.append(' ').append(d.archiveReference());
        }
        d.authors().forEach(a -> text.append(' ').append(a));
        d.parties().forEach(p -> text.append(' ').append(p));
        return text.toString().toLowerCase(Locale.ROOT);
    }
}
