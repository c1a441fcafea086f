package org.fullaccounting.projections.caseheader;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collections;
import java.util.Optional;
import java.util.UUID;

/**
 * The case_header table, folded with {@link CaseSummary#apply} one event at a time. Run by a
 * subscribing processor (ProjectionsConfig) in the transaction that appends the event, so the
 * header and its version never lag the case. Idempotent: an event at or below the stored sequence
 * changes nothing. A row missing or behind (a case recorded before this read model) is folded
 * from the case's earlier events instead of from nothing.
 */
public class CaseHeaderProjection {

    public static final String NAME = "case-header";

    private final JdbcTemplate jdbc;
    private final EarlierEvents earlier;

    public CaseHeaderProjection(JdbcTemplate jdbc, EarlierEvents earlier) {
        this.jdbc = StorableText.writer(jdbc);
        this.earlier = earlier;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        Optional<Stored> stored = stored(event.caseId());
        if (stored.isPresent() && stored.get().lastSequence() >= sequence) {
            return;
        }
        CaseSummary before = stored.isPresent() && stored.get().lastSequence() == sequence - 1
                ? stored.get().summary()
                : CaseSummary.fold(sequence == 0 ? Collections.emptyList() : earlier.before(event.caseId(), sequence));
        save(before.apply(event), sequence);
    }

    private record Stored(CaseSummary summary, long lastSequence) {
    }

    private Optional<Stored> stored(UUID caseId) {
        return jdbc.query("SELECT " + CaseHeaderRows.COLUMNS + " FROM case_header WHERE case_id = ? FOR UPDATE",
                (rs, n) -> new Stored(CaseHeaderRows.header(rs).summary(), rs.getLong("last_sequence")), caseId)
                .stream().findFirst();
    }

    private void save(CaseSummary summary, long sequence) {
        jdbc.update("INSERT INTO case_header (" + CaseHeaderRows.COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?) "
                        + "ON CONFLICT (case_id) DO UPDATE SET service_number = excluded.service_number, "
                        + "family_name = excluded.family_name, given_name = excluded.given_name, "
                        + "middle_name = excluded.middle_name, rank = excluded.rank, branch = excluded.branch, "
                        + "unit = excluded.unit, loss_date = excluded.loss_date, loss_place = excluded.loss_place, "
                        + "status = excluded.status, last_seen_alive = excluded.last_seen_alive, "
                        + "counts = excluded.counts, retracted_entries = excluded.retracted_entries, "
                        + "last_sequence = excluded.last_sequence",
                CaseHeaderRows.values(summary, sequence));
    }
}
