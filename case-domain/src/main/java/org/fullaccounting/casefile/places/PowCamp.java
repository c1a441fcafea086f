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
 * A prisoner-of-war camp as a named record cases link to, with the other names it goes by ("Camp 5",
 * "Pyoktong"), instead of matching the free-text camp of each captivity fact.
 *
 * <p>Lifecycle: recorded once with its name, location and aliases; then cases are linked to it, each
 * at most once and with a reason. A link is never undone here. Handlers answer with the camp's
 * version: the number of its events.
 */
public class PowCamp {

    @AggregateIdentifier
    private UUID campId;
    private final CaseLinks cases = new CaseLinks();

    protected PowCamp() { // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Long handle(RecordCampCommand command) {
        requirePresent(command.campId(), "campId");
        CampDescription d = command.description();
        requirePresent(d, "description");
        requireText(d.name(), "name");
        List<String> aliases = names(d.aliases(), "aliases");
        return record(new CampRecordedEvent(command.campId(),
                new CampDescription(d.name().trim(), blankToNull(d.location()), aliases)));
    }

    @CommandHandler
    public Long handle(LinkCasesToCampCommand command) {
        requirePresent(command.linkId(), "linkId");
        cases.requireLinkable(command.caseIds());
        requireText(command.reason(), "reason");
        return record(new CasesLinkedToCampEvent(campId, command.linkId(), List.copyOf(command.caseIds()),
                command.reason().trim()));
    }

    @EventSourcingHandler
    void on(CampRecordedEvent event) {
        campId = event.campId();
    }

    @EventSourcingHandler
    void on(CasesLinkedToCampEvent event) {
        cases.add(event.caseIds());
    }

    private static Long record(CampEvent event) {
        AggregateLifecycle.apply(event);
        return AggregateLifecycle.getVersion() + 1;
    }
}
