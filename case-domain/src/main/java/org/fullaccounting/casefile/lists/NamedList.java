package org.fullaccounting.casefile.lists;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CreationPolicy;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.lists.api.*;

import java.util.Objects;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;

/**
 * A list of names kept by someone other than this office, which many cases may be on: the Last
 * Seen Alive list of 2,058 names (DPMO, later DPAA), a unit's roll, a camp's roster.
 *
 * <p>Lifecycle: created once with its name, keeper and first edition (version, and its date when
 * known); revised whenever its keeper issues a new edition, each time with a reason and a version
 * or date that differs from the current one. Nothing is deleted. Membership is not kept here: each
 * case records joining and leaving a list as an entry of its own (AddedToListEvent), where its
 * rules (a case is on a list at most once; only a member leaves) are held by the case's lock, and
 * where its history shows it. Handlers answer with the list's version: the number of its events.
 */
public class NamedList {

    @AggregateIdentifier
    private UUID listId;
    private String version;
    private HistoricalDate date;

    protected NamedList() { // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public Long handle(CreateListCommand command) {
        requirePresent(command.listId(), "listId");
        requireText(command.name(), "name");
        requireText(command.keeper(), "keeper");
        requireText(command.version(), "version");
        return record(new ListCreatedEvent(command.listId(), command.name().trim(), command.keeper().trim(),
                command.version().trim(), command.date(), command.lastSeenAlive()));
    }

    @CommandHandler
    public Long handle(ReviseListCommand command) {
        requirePresent(command.revisionId(), "revisionId");
        requireText(command.version(), "version");
        requireText(command.reason(), "reason");
        requireNewEdition(command.version().trim(), command.date());
        return record(new ListRevisedEvent(listId, command.revisionId(), command.version().trim(), command.date(),
                command.reason().trim()));
    }

    @EventSourcingHandler
    void on(ListCreatedEvent event) {
        listId = event.listId();
        version = event.version();
        date = event.date();
    }

    @EventSourcingHandler
    void on(ListRevisedEvent event) {
        version = event.version();
        date = event.date();
    }

    /** A revision records a new edition: the same version of the same date is no revision. */
    private void requireNewEdition(String newVersion, HistoricalDate newDate) {
        if (newVersion.equals(version) && Objects.equals(newDate, date)) {
            throw new CaseRuleViolation(SAME_DESCRIPTION, "version",
                    "the list is already at version " + version + (date == null ? "" : " of " + date.value()));
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    private static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    private static Long record(ListEvent event) {
        AggregateLifecycle.apply(event);
        return AggregateLifecycle.getVersion() + 1;
    }
}
