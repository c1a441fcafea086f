package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.lists.NamedList;
import org.fullaccounting.casefile.lists.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.SAME_DESCRIPTION;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/** A named list's own rules: created with a name, keeper and version; revised to a new edition with a reason. */
class NamedListTest {

    static final UUID LIST = UUID.fromString("1157a000-0000-4000-8000-000000000001");
    static final UUID REVISION = UUID.fromString("1157a000-0000-4000-8000-000000000002");
    static final HistoricalDate AUGUST_2008 = HistoricalDate.of("2008-08-22");

    private AggregateTestFixture<NamedList> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NamedList.class);
    }

    private static ListCreatedEvent created() {
        return new ListCreatedEvent(LIST, "Last Seen Alive", "DPMO", "1", AUGUST_2008, true);
    }

    @Test
    void canCreateAListWithItsKeeperAndFirstEdition() {
        fixture.givenNoPriorActivity()
               .when(new CreateListCommand(LIST, " Last Seen Alive ", "DPMO ", " 1", AUGUST_2008, true))
               .expectEvents(created())
               .expectResultMessagePayload(1L);
    }

    @Test
    void aListNeedNotBeDated() {
        fixture.givenNoPriorActivity()
               .when(new CreateListCommand(LIST, "Camp 5 roster", "returnees", "1", null, false))
               .expectEvents(new ListCreatedEvent(LIST, "Camp 5 roster", "returnees", "1", null, false));
    }

    @Test
    void cannotCreateAListWithoutAName() {
        fixture.givenNoPriorActivity()
               .when(new CreateListCommand(LIST, " ", "DPMO", "1", AUGUST_2008, false))
               .expectException(violation(FIELD_REQUIRED, "name"))
               .expectNoEvents();
    }

    @Test
    void cannotCreateAListWithoutAKeeper() {
        fixture.givenNoPriorActivity()
               .when(new CreateListCommand(LIST, "Last Seen Alive", null, "1", AUGUST_2008, false))
               .expectException(violation(FIELD_REQUIRED, "keeper"))
               .expectNoEvents();
    }

    @Test
    void cannotCreateAListWithoutAVersion() {
        fixture.givenNoPriorActivity()
               .when(new CreateListCommand(LIST, "Last Seen Alive", "DPMO", "", AUGUST_2008, false))
               .expectException(violation(FIELD_REQUIRED, "version"))
               .expectNoEvents();
    }

    @Test
    void canReviseAListToANewEdition() {
        fixture.given(created())
               .when(new ReviseListCommand(LIST, REVISION, "2", HistoricalDate.of("2014"), " DPAA took over "))
               .expectEvents(new ListRevisedEvent(LIST, REVISION, "2", HistoricalDate.of("2014"), "DPAA took over"))
               .expectResultMessagePayload(2L);
    }

    @Test
    void aNewDateAloneIsANewEdition() {
        fixture.given(created())
               .when(new ReviseListCommand(LIST, REVISION, "1", HistoricalDate.of("2009"), "reissued"))
               .expectEvents(new ListRevisedEvent(LIST, REVISION, "1", HistoricalDate.of("2009"), "reissued"));
    }

    @Test
    void cannotReviseAListToTheEditionItIsAlreadyAt() {
        fixture.given(created())
               .when(new ReviseListCommand(LIST, REVISION, "1", AUGUST_2008, "again"))
               .expectException(violation(SAME_DESCRIPTION, "version"))
               .expectNoEvents();
    }

    @Test
    void cannotReviseAListWithoutAReason() {
        fixture.given(created())
               .when(new ReviseListCommand(LIST, REVISION, "2", AUGUST_2008, " "))
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }

    @Test
    void cannotReviseAListWithoutAVersion() {
        fixture.given(created())
               .when(new ReviseListCommand(LIST, REVISION, null, AUGUST_2008, "new"))
               .expectException(violation(FIELD_REQUIRED, "version"))
               .expectNoEvents();
    }
}
