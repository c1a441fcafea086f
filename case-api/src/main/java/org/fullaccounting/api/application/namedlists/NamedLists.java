package org.fullaccounting.api.application.namedlists;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.cases.CaseBatchWriter;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.casefile.api.AddToListCommand;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.ListEdition;
import org.fullaccounting.casefile.api.RemoveFromListCommand;
import org.fullaccounting.casefile.lists.api.CreateListCommand;
import org.fullaccounting.casefile.lists.api.ListCommand;
import org.fullaccounting.casefile.lists.api.ReviseListCommand;
import org.fullaccounting.projections.familylinks.FamilyLinks;
import org.fullaccounting.projections.namedlists.NamedListQuery;
import org.fullaccounting.projections.namedlists.NamedListView;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Named lists for every entrance (API and pages): caseworkers create and revise lists and put cases
 * on and off them; staff read every list and member; a family reads only the lists its own cases
 * are on, and of their members only those cases (anything else answers as an unknown list).
 *
 * <p>A membership is an entry of each case (AddedToListEvent), carrying the list's edition as the
 * register holds it in the same transaction; all the cases of one request are written together or
 * not at all (CaseBatchWriter). The list marked as the Last Seen Alive list decides the cases'
 * designation, and only one list may be so marked: the register's unique index refuses a second.
 */
@Service
public class NamedLists {

    public static final int MAX_PAGE = 500;

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final NamedListQuery query;
    private final CaseBatchWriter batch;
    private final SourceRegister sources;
    private final FamilyLinks familyLinks;

    NamedLists(CommandGateway commands, TransactionTemplate transaction, NamedListQuery query, CaseBatchWriter batch,
               SourceRegister sources, FamilyLinks familyLinks) {
        this.commands = commands;
        this.transaction = transaction;
        this.query = query;
        this.batch = batch;
        this.sources = sources;
        this.familyLinks = familyLinks;
    }

    /** What a membership change says: by case id or service number, with its source and reason. */
    public record Change(List<UUID> caseIds, List<String> serviceNumbers, String source, UUID sourceId,
                         String reason) {
    }

    public ListWritten create(String name, String keeper, String version, HistoricalDate date, boolean lastSeenAlive,
                              Authentication who) {
        requireCaseworker(who);
        try {
            return send(new CreateListCommand(UUID.randomUUID(), name, keeper, version, date, lastSeenAlive));
        } catch (RuntimeException refused) {
            if (lastSeenAlive && secondLastSeenAliveList(refused)) {
                throw Refusal.invalid(RefusalCode.LAST_SEEN_ALIVE_LIST_EXISTS, "lastSeenAlive",
                        "is already set on another list: one list decides the Last Seen Alive designation");
            }
            throw refused;
        }
    }

    public ListWritten revise(UUID listId, String version, HistoricalDate date, String reason, Authentication who) {
        requireCaseworker(who);
        requireKnown(listId);
        return send(new ReviseListCommand(listId, UUID.randomUUID(), version, date, reason));
    }

    public MembersWritten add(UUID listId, Change change, Authentication who) {
        return change(listId, change, who, true);
    }

    public MembersWritten remove(UUID listId, Change change, Authentication who) {
        return change(listId, change, who, false);
    }

    private MembersWritten change(UUID listId, Change change, Authentication who, boolean adding) {
        requireCaseworker(who);
        ListEdition edition = query.edition(listId).orElseThrow(Refusal::unknownList);
        if (change.sourceId() != null) {
            sources.requireRegistered(change.sourceId());
        }
        List<UUID> caseIds = batch.resolve(change.caseIds(), change.serviceNumbers());
        return new MembersWritten(listId, batch.writeAll(caseIds, caseId -> entryId -> adding
                ? new AddToListCommand(caseId, entryId, edition, change.source(), change.sourceId(), change.reason(), null)
                : new RemoveFromListCommand(caseId, entryId, edition, change.source(), change.sourceId(),
                change.reason(), null), () -> { }));
    }

    /** Every list the reader may see. */
    public List<NamedListView> all(Authentication who) {
        return query.all(reader(who));
    }

    /** One list and a page of its members, as the reader may see them. */
    public ListPage read(UUID listId, int page, int size, Authentication who) {
        NamedListQuery.Reader reader = reader(who);
        NamedListView list = query.find(listId, reader).orElseThrow(Refusal::unknownList);
        return new ListPage(list, query.members(listId, page, Math.min(size, MAX_PAGE), reader));
    }

    private NamedListQuery.Reader reader(Authentication who) {
        if (Roles.has(who, Roles.CASEWORKER) || Roles.has(who, Roles.AUDITOR)) {
            return NamedListQuery.Reader.staff();
        }
        if (AccessPolicy.familyView(who)) {
            return NamedListQuery.Reader.family(familyLinks.casesOf(who.getName()));
        }
        throw new AccessDeniedException("lists are for caseworkers, auditors and linked families");
    }

    private void requireKnown(UUID listId) {
        if (query.edition(listId).isEmpty()) {
            throw Refusal.unknownList();
        }
    }

    /** The register's unique index refused the list, however Axon wrapped the refusal. */
    private static boolean secondLastSeenAliveList(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DuplicateKeyException || String.valueOf(cause.getMessage())
                    .contains("named_list_one_last_seen_alive")) {
                return true;
            }
        }
        return false;
    }

    private static void requireCaseworker(Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER)) {
            throw new AccessDeniedException("caseworkers keep the named lists");
        }
    }

    private ListWritten send(ListCommand command) {
        Long version = transaction.execute(status -> commands.sendAndWait(command));
        return new ListWritten(command.listId(), version == null ? 0 : version);
    }
}
