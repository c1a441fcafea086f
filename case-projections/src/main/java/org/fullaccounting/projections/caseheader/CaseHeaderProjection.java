package org.fullaccounting.projections.caseheader;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fullaccounting.casefile.CaseSummary;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.StorableText;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The case_header table, folded with {@link CaseSummary#apply} one event at a time. Run by a
 * subscribing processor (ProjectionsConfig) in the transaction that appends the event, so the
 * header and its version never lag the case. Idempotent: an event at or below the stored sequence
 * changes nothing. A row missing or behind (a case recorded before this read model) is folded
 * from the case's earlier events instead of from nothing.
 *
 * <p>The events one unit of work publishes (one write's event; a whole case's when a population
 * is loaded) fold into a header read once and written once, as that unit of work commits, still in
 * the appending transaction: without it a case of 10,000 events was read and rewritten 10,000 times.
 */
public class CaseHeaderProjection {

    public static final String NAME = "case-header";
    private static final String PENDING = CaseHeaderProjection.class.getName() + ".pending";

    private final JdbcTemplate jdbc;
    private final EarlierEvents earlier;

    public CaseHeaderProjection(JdbcTemplate jdbc, EarlierEvents earlier) {
        this.jdbc = StorableText.writer(jdbc);
        this.earlier = earlier;
    }

    @EventHandler
    void on(CaseEvent event, @SequenceNumber long sequence) {
        Optional<Stored> stored = latest(event.caseId());
        if (stored.isPresent() && stored.get().lastSequence() >= sequence) {
            return;
        }
        CaseSummary before = stored.isPresent() && stored.get().lastSequence() == sequence - 1
                ? stored.get().summary()
                : CaseSummary.fold(sequence == 0 ? Collections.emptyList() : earlier.before(event.caseId(), sequence));
        keep(event.caseId(), new Stored(before.apply(event), sequence));
    }

    private record Stored(CaseSummary summary, long lastSequence) {
    }

    private Optional<Stored> latest(UUID caseId) {
        Stored pending = CurrentUnitOfWork.isStarted() ? pending().get(caseId) : null;
        return pending != null ? Optional.of(pending) : stored(caseId);
    }

    private void keep(UUID caseId, Stored header) {
        if (CurrentUnitOfWork.isStarted()) {
            pending().put(caseId, header);
        } else {
            save(header.summary(), header.lastSequence());
        }
    }

    /** The headers folded in the current unit of work, written when it commits. */
    private Map<UUID, Stored> pending() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            Map<UUID, Stored> headers = new LinkedHashMap<>();
            unitOfWork.onPrepareCommit(u -> headers.forEach((caseId, h) -> save(h.summary(), h.lastSequence())));
            return headers;
        });
    }

    private Optional<Stored> stored(UUID caseId) {
        return jdbc.query("SELECT " + CaseHeaderRows.COLUMNS + " FROM case_header WHERE case_id = ? FOR UPDATE",
                (rs, n) -> new Stored(CaseHeaderRows.header(rs).summary(), rs.getLong("last_sequence")), caseId)
                .stream().findFirst();
    }

    private void save(CaseSummary summary, long sequence) {
        jdbc.update("INSERT INTO case_header (" + CaseHeaderRows.COLUMNS + ") "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?) "
                        + "ON CONFLICT (case_id) DO UPDATE SET service_number = excluded.service_number, "
                        + "family_name = excluded.family_name, given_name = excluded.given_name, "
                        + "middle_name = excluded.middle_name, rank = excluded.rank, branch = excluded.branch, "
                        + "unit = excluded.unit, loss_date = excluded.loss_date, loss_place = excluded.loss_place, "
                        + "status = excluded.status, last_seen_alive = excluded.last_seen_alive, "
                        + "non_recoverable = excluded.non_recoverable, "
                        + "counts = excluded.counts, retracted_entries = excluded.retracted_entries, "
                        + "last_sequence = excluded.last_sequence",
                CaseHeaderRows.values(summary, sequence));
    }
}
