package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.api.FamilyMemberLinkedEvent;
import org.fullaccounting.casefile.api.FamilyMemberUnlinkedEvent;
import org.fullaccounting.casefile.api.LinkFamilyMemberCommand;
import org.fullaccounting.casefile.api.RetractEntryCommand;
import org.fullaccounting.casefile.api.UnlinkFamilyMemberCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

class FamilyLinksTest {

    private static final UUID LINK_ID = entryId(40);
    private static final UUID UNLINK_ID = entryId(41);

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canLinkAFamilyAccountSayingWhy() {
        fixture.given(opened())
               .when(new LinkFamilyMemberCommand(CASE_ID, LINK_ID, "bill.dumas", "nephew", null))
               .expectEvents(new FamilyMemberLinkedEvent(CASE_ID, LINK_ID, "bill.dumas", "nephew"));
    }

    @Test
    void cannotLinkTheSameAccountTwice() {
        fixture.given(opened(), linked())
               .when(new LinkFamilyMemberCommand(CASE_ID, UNLINK_ID, "bill.dumas", "again", null))
               .expectException(violation(ALREADY_LINKED, "username"))
               .expectNoEvents();
    }

    @Test
    void cannotLinkWithoutAReason() {
        fixture.given(opened())
               .when(new LinkFamilyMemberCommand(CASE_ID, LINK_ID, "bill.dumas", " ", null))
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }

    @Test
    void canUnlinkALinkedAccountSayingWhy() {
        fixture.given(opened(), linked())
               .when(new UnlinkFamilyMemberCommand(CASE_ID, UNLINK_ID, "bill.dumas", "asked to be removed", null))
               .expectEvents(new FamilyMemberUnlinkedEvent(CASE_ID, UNLINK_ID, "bill.dumas", "asked to be removed"));
    }

    @Test
    void cannotUnlinkAnAccountThatIsNotLinked() {
        fixture.given(opened(), linked(),
                        new FamilyMemberUnlinkedEvent(CASE_ID, UNLINK_ID, "bill.dumas", "removed"))
               .when(new UnlinkFamilyMemberCommand(CASE_ID, entryId(42), "bill.dumas", "again", null))
               .expectException(violation(NOT_LINKED, "username"))
               .expectNoEvents();
    }

    @Test
    void aLinkIsWithdrawnByUnlinkingNotByRetraction() {
        fixture.given(opened(), linked())
               .when(new RetractEntryCommand(CASE_ID, UNLINK_ID, LINK_ID, "mistake", null))
               .expectException(violation(NOT_RETRACTABLE, "entryId"))
               .expectNoEvents();
    }

    private static FamilyMemberLinkedEvent linked() {
        return new FamilyMemberLinkedEvent(CASE_ID, LINK_ID, "bill.dumas", "nephew");
    }
}
