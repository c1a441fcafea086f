package org.fullaccounting.projections.findings;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.EntryRetractedEvent;
import org.fullaccounting.casefile.api.Finding;
import org.fullaccounting.casefile.api.FindingAppliedEvent;
import org.fullaccounting.projections.Sql;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;

/**
 * Findings made for many cases, from each case's finding entry: the finding once (from whichever of
 * its entries comes first; all carry it whole), and one row per case. A retracted entry is marked.
 * Run by a subscribing processor in the writing transaction; every statement is idempotent.
 */
public class FindingProjection {

    public static final String NAME = "findings";

    private final JdbcTemplate jdbc;

    public FindingProjection(JdbcTemplate jdbc) {
        this.jdbc = StorableText.writer(jdbc);
    }

    @EventHandler
    void on(FindingAppliedEvent e, @Timestamp Instant at, @MetaDataValue("user") String user) {
        Finding f = e.finding();
        jdbc.update("INSERT INTO finding (finding_id, title, made_by, date_value, source, source_id, to_status,"
                        + " recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (finding_id) DO NOTHING",
                f.findingId(), f.title(), f.by(), Sql.text(f.date()), f.source(), f.sourceId(),
                f.to() == null ? null : f.to().name(), Sql.at(at), user);
        jdbc.update("INSERT INTO finding_case (finding_id, case_id, entry_id, from_status) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING", f.findingId(), e.caseId(), e.entryId(),
                e.from() == null ? null : e.from().name());
    }

    @EventHandler
    void on(EntryRetractedEvent e) {
        if (e.retractedKind() == EntryKind.FINDING) {
            jdbc.update("UPDATE finding_case SET retracted = true WHERE entry_id = ?", e.retractedEntryId());
        }
    }
}
