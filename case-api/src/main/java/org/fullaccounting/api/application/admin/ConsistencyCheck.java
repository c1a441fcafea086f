package org.fullaccounting.api.application.admin;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.fullaccounting.casefile.api.CaseEvent;
import org.fullaccounting.projections.ReadModel;
import org.fullaccounting.projections.consistency.Consistency;
import org.fullaccounting.projections.consistency.Difference;
import org.fullaccounting.projections.consistency.Recount;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Recounts from every event in the store what each read model should state about each case, and
 * compares. Reads the whole stream once (a full scan: an operator's tool, not a request path).
 */
@Component
public class ConsistencyCheck {

    private final EventStorageEngine storage;
    private final Projections projections;

    ConsistencyCheck(EventStorageEngine storage, Projections projections) {
        this.storage = storage;
        this.projections = projections;
    }

    public ConsistencyReport run() {
        List<ProcessorStatus> before = projections.statuses();
        long head = before.isEmpty() ? -1 : before.get(0).head();
        Recount recount = new Recount();
        try (Stream<? extends TrackedEventMessage<?>> stream = storage.readEvents(null, false)) {
            stream.map(TrackedEventMessage::getPayload)
                    .filter(CaseEvent.class::isInstance)
                    .forEach(payload -> recount.accept((CaseEvent) payload));
        }
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
