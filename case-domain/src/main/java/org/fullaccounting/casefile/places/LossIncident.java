package org.fullaccounting.casefile.places;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.fullaccounting.casefile.places.api.*;

import java.util.List;
import java.util.UUID;

import static org.fullaccounting.casefile.places.CaseLinks.*;

/**
 * A loss incident as a named record cases link to, instead of each case's free-text loss place.
 *
 * <p>Lifecycle: recorded once with its name (dates, place and units as the sources give them);
 * then cases are linked to it, each at most once and with a reason. A link is never undone here.
 * Handlers answer with the incident's version: the number of its events.
 */
public class LossIncident {

    @AggregateIdentifier
    private UUID incidentId;
    private final CaseLinks cases = new CaseLinks();

    protected LossIncident() { // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Long handle(RecordIncidentCommand command) {
        requirePresent(command.incidentId(), "incidentId");
        IncidentDescription d = command.description();
        requirePresent(d, "description");
        requireText(d.name(), "name");
        List<String> units = names(d.units(), "units");
        return record(new IncidentRecordedEvent(command.incidentId(),
                new IncidentDescription(d.name().trim(), d.dates(), blankToNull(d.place()), units)));
    }

    @CommandHandler
    public Long handle(LinkCasesToIncidentCommand command) {
        requirePresent(command.linkId(), "linkId");
        cases.requireLinkable(command.caseIds());
        requireText(command.reason(), "reason");
        return record(new CasesLinkedToIncidentEvent(incidentId, command.linkId(), List.copyOf(command.caseIds()),
                command.reason().trim()));
    }

    @EventSourcingHandler
    void on(IncidentRecordedEvent event) {
        incidentId = event.incidentId();
    }

    @EventSourcingHandler
    void on(CasesLinkedToIncidentEvent event) {
        cases.add(event.caseIds());
    }

    private static Long record(IncidentEvent event) {
        AggregateLifecycle.apply(event);
        return AggregateLifecycle.getVersion() + 1;
    }
}
