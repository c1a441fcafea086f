package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CaseFixtures.*;
import static org.fullaccounting.casefile.EntryFixtures.designation;
import static org.fullaccounting.casefile.EntryFixtures.removal;
import static org.fullaccounting.casefile.EntryFixtures.retractionOf;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/**
 * A case joins and leaves named lists: at most once per list, leaving only one it is on, each time
 * with a source and a reason. On the list marked as the Last Seen Alive list, membership decides
 * the case's designation, and the case's own designation waits until the case has left the list.
 */
class ListMembershipTest {

    static final UUID SOURCE = UUID.fromString("50000000-0000-4000-8000-000000000009");
    static final ListEdition LAST_SEEN_ALIVE = new ListEdition(UUID.fromString("1157a000-0000-4000-8000-000000000001"),
            "Last Seen Alive", "DPMO", "1", date("2008-08-22"), true);
    static final ListEdition ROSTER = new ListEdition(UUID.fromString("1157a000-0000-4000-8000-000000000002"),
            "Camp 5 roster", "returnees", "1", null, false);
    static final UUID JOINED = entryId(30);
    static final UUID LEFT = entryId(31);

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    static AddToListCommand add(ListEdition list) {
        return new AddToListCommand(CASE_ID, JOINED, list, "DPMO list of 22 Aug 2008", SOURCE, "named on the list", null);
    }

    static AddedToListEvent added(ListEdition list) {
        return new AddedToListEvent(CASE_ID, JOINED, list, "DPMO list of 22 Aug 2008", SOURCE, "named on the list",
                list.lastSeenAliveList() ? true : null);
    }

    static RemoveFromListCommand remove(ListEdition list) {
        return new RemoveFromListCommand(CASE_ID, LEFT, list, "DPAA letter", null, "remains identified", null);
    }

    static RemovedFromListEvent removed(ListEdition list, Boolean lastSeenAlive) {
        return new RemovedFromListEvent(CASE_ID, LEFT, list, "DPAA letter", null, "remains identified", lastSeenAlive);
    }

    @Test
    void canPutACaseOnANamedList() {
        fixture.given(opened())
               .when(add(ROSTER))
               .expectEvents(added(ROSTER))
               .expectState(caseFile -> assertThat(caseFile.state().isOnList(ROSTER.listId())).isTrue());
    }

    @Test
    void joiningTheLastSeenAliveListDesignatesTheCase() {
        fixture.given(opened())
               .when(add(LAST_SEEN_ALIVE))
               .expectEvents(added(LAST_SEEN_ALIVE));
    }

    @Test
    void aSourceIdAloneIsASource() {
        AddToListCommand bySourceId = new AddToListCommand(CASE_ID, JOINED, ROSTER, null, SOURCE, "named", null);
        fixture.given(opened())
               .when(bySourceId)
               .expectEvents(new AddedToListEvent(CASE_ID, JOINED, ROSTER, null, SOURCE, "named", null));
    }

    @Test
    void cannotPutACaseOnAListWithoutAnySource() {
        fixture.given(opened())
               .when(new AddToListCommand(CASE_ID, JOINED, ROSTER, " ", null, "named", null))
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    @Test
    void cannotPutACaseOnAListWithoutAReason() {
        fixture.given(opened())
               .when(new AddToListCommand(CASE_ID, JOINED, ROSTER, "list", null, null, null))
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }

    @Test
    void cannotPutACaseOnTheSameListTwice() {
        fixture.given(opened(), added(ROSTER))
               .when(new AddToListCommand(CASE_ID, entryId(32), ROSTER, "again", null, "again", null))
               .expectException(violation(ALREADY_ON_LIST, "caseIds"))
               .expectNoEvents();
    }

    @Test
    void aCaseMayBeOnSeveralLists() {
        fixture.given(opened(), added(ROSTER))
               .when(new AddToListCommand(CASE_ID, entryId(32), LAST_SEEN_ALIVE, "list", null, "named", null))
               .expectEvents(new AddedToListEvent(CASE_ID, entryId(32), LAST_SEEN_ALIVE, "list", null, "named", true));
    }

    @Test
    void canTakeACaseOffAListItIsOn() {
        fixture.given(opened(), added(ROSTER))
               .when(remove(ROSTER))
               .expectEvents(removed(ROSTER, null))
               .expectState(caseFile -> assertThat(caseFile.state().isOnList(ROSTER.listId())).isFalse());
    }

    @Test
    void cannotTakeACaseOffAListItIsNotOn() {
        fixture.given(opened())
               .when(remove(ROSTER))
               .expectException(violation(NOT_ON_LIST, "caseIds"))
               .expectNoEvents();
    }

    @Test
    void aCaseTakenOffAListCanBePutBackOnIt() {
        fixture.given(opened(), added(ROSTER), removed(ROSTER, null))
               .when(new AddToListCommand(CASE_ID, entryId(33), ROSTER, "again", null, "again", null))
               .expectEvents(new AddedToListEvent(CASE_ID, entryId(33), ROSTER, "again", null, "again", null));
    }

    @Test
    void leavingTheLastSeenAliveListEndsTheDesignation() {
        fixture.given(opened(), added(LAST_SEEN_ALIVE))
               .when(remove(LAST_SEEN_ALIVE))
               .expectEvents(removed(LAST_SEEN_ALIVE, false));
    }

    @Test
    void leavingTheLastSeenAliveListKeepsTheCasesOwnEarlierDesignation() {
        fixture.given(opened(), designation().event(), added(LAST_SEEN_ALIVE))
               .when(remove(LAST_SEEN_ALIVE))
               .expectEvents(removed(LAST_SEEN_ALIVE, true));
    }

    @Test
    void cannotDesignateACaseThatIsOnTheLastSeenAliveList() {
        fixture.given(opened(), added(LAST_SEEN_ALIVE))
               .when(designation().command())
               .expectException(violation(ON_LAST_SEEN_ALIVE_LIST))
               .expectNoEvents();
    }

    @Test
    void cannotRemoveTheDesignationOfACaseOnTheLastSeenAliveList() {
        fixture.given(opened(), designation().event(), added(LAST_SEEN_ALIVE))
               .when(removal().command())
               .expectException(violation(ON_LAST_SEEN_ALIVE_LIST))
               .expectNoEvents();
    }

    @Test
    void cannotRetractTheDesignationOfACaseOnTheLastSeenAliveList() {
        fixture.given(opened(), designation().event(), added(LAST_SEEN_ALIVE))
               .when(retractionOf(designation().entryId).command())
               .expectException(violation(ON_LAST_SEEN_ALIVE_LIST))
               .expectNoEvents();
    }

    @Test
    void aMembershipIsEndedByRemovalNotRetracted() {
        fixture.given(opened(), added(ROSTER))
               .when(retractionOf(JOINED).command())
               .expectException(violation(NOT_RETRACTABLE, "entryId"))
               .expectNoEvents();
    }

    @Test
    void anEntryIdCannotBeReusedForAMembership() {
        fixture.given(opened(), added(ROSTER))
               .when(new AddToListCommand(CASE_ID, JOINED, LAST_SEEN_ALIVE, "x", null, "y", null))
               .expectException(violation(FIELD_INVALID, "entryId"))
               .expectNoEvents();
    }
}
