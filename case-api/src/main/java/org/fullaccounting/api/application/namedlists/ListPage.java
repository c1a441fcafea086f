package org.fullaccounting.api.application.namedlists;

import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.namedlists.ListMember;
import org.fullaccounting.projections.namedlists.NamedListView;

/** One list and one page of its members, as the reader may see them. */
public record ListPage(NamedListView list, Page<ListMember> members) {
}
