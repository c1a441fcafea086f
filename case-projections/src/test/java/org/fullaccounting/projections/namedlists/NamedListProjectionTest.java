package org.fullaccounting.projections.namedlists;

import org.fullaccounting.casefile.api.AddedToListEvent;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.ListEdition;
import org.fullaccounting.casefile.api.RemovedFromListEvent;
import org.fullaccounting.casefile.lists.api.ListCreatedEvent;
import org.fullaccounting.casefile.lists.api.ListRevisedEvent;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Named lists and their members: current editions, paged members, replays that change nothing, a family's view. */
class NamedListProjectionTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");

    private final UUID listId = UUID.randomUUID();
    private final UUID familyCase = UUID.randomUUID();
    private final UUID otherCase = UUID.randomUUID();
    private final UUID thirdCase = UUID.randomUUID();
    private final ListEdition edition = new ListEdition(listId, "Last Seen Alive", "DPMO", "1",
            HistoricalDate.of("2008-08-22"), true);

    private JdbcTemplate jdbc;
    private NamedListProjection projection;
    private NamedListQuery query;

    @BeforeEach
    void givenTheLastSeenAliveListWithThreeCases() {
        jdbc = ProjectionDatabase.migrated();
        projection = new NamedListProjection(jdbc);
        query = new NamedListQuery(jdbc);
        projection.on(new ListCreatedEvent(listId, "Last Seen Alive", "DPMO", "1", HistoricalDate.of("2008-08-22"),
                true), 0, AT, "cw");
        for (UUID caseId : List.of(familyCase, otherCase, thirdCase)) {
            projection.on(added(caseId), 5, AT, "cw");
        }
    }

    private AddedToListEvent added(UUID caseId) {
        return new AddedToListEvent(caseId, UUID.randomUUID(), edition, "DPMO list", null, "named", true);
    }

    @Test
    void aRevisionIsTheListsCurrentEditionAndAnOlderOneReplayedDoesNotUndoIt() {
        projection.on(new ListRevisedEvent(listId, UUID.randomUUID(), "2", HistoricalDate.of("2014"), "DPAA"), 2);
        projection.on(new ListRevisedEvent(listId, UUID.randomUUID(), "1b", null, "earlier"), 1);

        NamedListView list = query.find(listId, NamedListQuery.Reader.staff()).orElseThrow();
        assertThat(list.version()).isEqualTo("2");
        assertThat(list.date()).isEqualTo("2014");
        assertThat(list.members()).isEqualTo(3);
        assertThat(query.edition(listId).orElseThrow().lastSeenAliveList()).isTrue();
    }

    @Test
    void membersArePagedAndACaseThatLeftIsNoLongerAMember() {
        projection.on(new RemovedFromListEvent(otherCase, UUID.randomUUID(), edition, "letter", null, "found", false),
                6, AT, "cw");

        assertThat(query.members(listId, 0, 1, NamedListQuery.Reader.staff()).total()).isEqualTo(2);
        assertThat(query.members(listId, 1, 1, NamedListQuery.Reader.staff()).items()).hasSize(1);
        assertThat(query.isMember(listId, otherCase)).isFalse();
        assertThat(query.isMember(listId, familyCase)).isTrue();
    }

    @Test
    void aJoinReplayedAfterTheLeaveDoesNotPutTheCaseBack() {
        projection.on(new RemovedFromListEvent(otherCase, UUID.randomUUID(), edition, "letter", null, "found", false),
                6, AT, "cw");
        projection.on(added(otherCase), 5, AT, "cw");

        assertThat(query.isMember(listId, otherCase)).isFalse();
    }

    @Test
    void aFamilySeesOnlyTheListsItsCaseIsOnAndOfTheirMembersOnlyItsCase() {
        UUID elsewhere = UUID.randomUUID();
        projection.on(new ListCreatedEvent(elsewhere, "Roster", "Army", "1", null, false), 0, AT, "cw");
        projection.on(new AddedToListEvent(otherCase, UUID.randomUUID(), new ListEdition(elsewhere, "Roster", "Army",
                "1", null, false), "roster", null, "named", null), 6, AT, "cw");
        NamedListQuery.Reader family = NamedListQuery.Reader.family(List.of(familyCase));

        assertThat(query.all(family)).extracting(NamedListView::listId).containsExactly(listId);
        assertThat(query.find(elsewhere, family)).isEmpty();
        assertThat(query.find(listId, family).orElseThrow().members()).isEqualTo(1);
        assertThat(query.members(listId, 0, 50, family).items()).extracting(ListMember::caseId)
                .containsExactly(familyCase);
        assertThat(query.all(NamedListQuery.Reader.staff())).hasSize(2);
    }

    @Test
    void aSecondListMarkedLastSeenAliveIsRefusedByTheRegister() {
        assertThatThrownBy(() -> projection.on(new ListCreatedEvent(UUID.randomUUID(), "LSA again", "DPAA", "1", null,
                true), 0, AT, "cw")).isInstanceOf(DuplicateKeyException.class);
    }
}
