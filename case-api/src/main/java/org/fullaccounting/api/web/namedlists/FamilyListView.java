package org.fullaccounting.api.web.namedlists;

import org.fullaccounting.api.application.namedlists.ListPage;
import org.fullaccounting.projections.namedlists.NamedListView;

import java.util.List;
import java.util.UUID;

/**
 * A list as a family reads it, by allow-list: its name, keeper and edition, and of its members only
 * the family's own cases (their id and name). Never another member, a membership's source or
 * reason, who recorded it, or how many cases the list holds.
 */
public record FamilyListView(UUID listId, String name, String keeper, String version, String date,
                             List<OwnCase> cases) {

    public record OwnCase(UUID caseId, String name) {
    }

    public static FamilyListView of(NamedListView list) {
        return new FamilyListView(list.listId(), list.name(), list.keeper(), list.version(), list.date(), List.of());
    }

    public static FamilyListView of(ListPage page) {
        NamedListView list = page.list();
        return new FamilyListView(list.listId(), list.name(), list.keeper(), list.version(), list.date(),
                page.members().items().stream().map(m -> new OwnCase(m.caseId(), m.name())).toList());
    }
}
