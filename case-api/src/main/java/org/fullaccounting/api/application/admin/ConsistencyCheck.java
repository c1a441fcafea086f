package org.fullaccounting.api.application.admin;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.ReadModel;
import org.fullaccounting.projections.consistency.Consistency;
import org.fullaccounting.projections.consistency.Difference;
import org.fullaccounting.projections.consistency.Recount;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Recounts from every event in the store what each read model should state about each case, and
 * compares (an operator's tool, not a request path). The store is read case by case, each case's
 * events whole and in order, and a recounted case keeps only its counts (Recount.close): the
 * population's 10 million events fit in a few megabytes, where holding every entry's id until the
 * end of a pass in store order needed more than the node's heap.
 */
@Component
public class ConsistencyCheck {

    private final EventStorageEngine storage;
    private final Projections projections;
    private final JdbcTemplate jdbc;

    ConsistencyCheck(EventStorageEngine storage, Projections projections, JdbcTemplate jdbc) {
        this.storage = storage;
        this.projections = projections;
        this.jdbc = jdbc;
    }

    public ConsistencyReport run() {
        List<ProcessorStatus> before = projections.statuses();
        long head = before.isEmpty() ? -1 : before.get(0).head();
        Recount recount = new Recount();
        jdbc.query("SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE type = 'CaseFile'", row -> {
            String caseId = row.getString(1);
            storage.readEvents(caseId, 0).asStream().map(DomainEventMessage::getPayload)
                    .filter(CaseEvent.class::isInstance).forEach(payload -> recount.accept((CaseEvent) payload));
            recount.close(UUID.fromString(caseId));
        });
        List<ConsistencyReport.Model> models = new ArrayList<>();
        List<Difference> all = new ArrayList<>();
        for (ReadModel model : projections.models().stream().sorted(Comparator.comparing(ReadModel::name)).toList()) {
            List<Difference> differences = Consistency.compare(model.name(), recount.expected(model.name()),
                    model.factsByCase());
            ProcessorStatus status = projections.status(model.name());
            models.add(new ConsistencyReport.Model(model.name(), differences.size(), status.caughtUp(),
                    status.position()));
            all.addAll(differences);
        }
        return new ConsistencyReport(recount.events(), recount.cases(), head, models, all.size(),
                all.subList(0, Math.min(100, all.size())));
    }
}
