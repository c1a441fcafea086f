package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.people.CasePeople;
import org.fullaccounting.casefile.people.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/** The people of a case: one primary next of kin at a time, only among the living, succession on a death. */
class PeopleTest {

    static final UUID BOB = UUID.fromString("60000000-0000-4000-8000-000000000001");
    static final UUID BILL = UUID.fromString("60000000-0000-4000-8000-000000000002");
    static final UUID NOBODY = UUID.fromString("60000000-0000-4000-8000-0000000000ff");
    static final HistoricalDate BOB_DIED = HistoricalDate.of("2021-02-06");

    static final PersonAddedEvent BOB_ADDED = new PersonAddedEvent(CASE_ID, BOB, "Robert (Bob) Dumas",
            Relationship.BROTHER, HistoricalDate.of("1931"));
    static final PersonAddedEvent BILL_ADDED = new PersonAddedEvent(CASE_ID, BILL, "Bill Dumas", Relationship.NEPHEW,
            null);
    static final PrimaryNextOfKinNamedEvent BOB_PRIMARY = new PrimaryNextOfKinNamedEvent(CASE_ID, BOB, null, null,
            "the family's spokesman");
    static final PersonDiedEvent BOB_DIES = new PersonDiedEvent(CASE_ID, BOB, BOB_DIED, "Beacon, 16 Feb 2021");

    private AggregateTestFixture<CasePeople> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CasePeople.class);
    }

    @Test
    void thePeopleRecordHasItsOwnIdentityDerivedFromTheCase() {
        assertThat(PeopleId.of(CASE_ID)).isNotEqualTo(CASE_ID).isEqualTo(PeopleId.of(CASE_ID));
    }

    @Test
    void canAddAPersonToACase() {
        fixture.givenNoPriorActivity()
               .when(new AddPersonCommand(CASE_ID, BOB, " Robert (Bob) Dumas ", Relationship.BROTHER,
                       HistoricalDate.of("1931")))
               .expectEvents(BOB_ADDED)
               .expectResultMessagePayload(1L);
    }

    @Test
    void cannotAddAPersonWithoutARelationship() {
        fixture.givenNoPriorActivity()
               .when(new AddPersonCommand(CASE_ID, BOB, "Bob Dumas", null, null))
               .expectException(violation(FIELD_REQUIRED, "relationship"))
               .expectNoEvents();
    }

    @Test
    void cannotAddAPersonWithoutAName() {
        fixture.given(BOB_ADDED)
               .when(new AddPersonCommand(CASE_ID, BILL, " ", Relationship.NEPHEW, null))
               .expectException(violation(FIELD_REQUIRED, "name"))
               .expectNoEvents();
    }

    @Test
    void cannotAddTheSamePersonTwice() {
        fixture.given(BOB_ADDED)
               .when(new AddPersonCommand(CASE_ID, BOB, "Bob Dumas", Relationship.BROTHER, null))
               .expectException(violation(FIELD_INVALID, "personId"))
               .expectNoEvents();
    }

    @Test
    void canNameAPrimaryNextOfKin() {
        fixture.given(BOB_ADDED)
               .when(new NamePrimaryNextOfKinCommand(CASE_ID, BOB, null, "the family's spokesman"))
               .expectEvents(BOB_PRIMARY);
    }

    @Test
    void namingAnotherPrimaryReplacesTheOneBeforeSoThereIsOneAtATime() {
        fixture.given(BOB_ADDED, BILL_ADDED, BOB_PRIMARY)
               .when(new NamePrimaryNextOfKinCommand(CASE_ID, BILL, HistoricalDate.of("2019"), "Bob asked Bill to"))
               .expectEvents(new PrimaryNextOfKinNamedEvent(CASE_ID, BILL, BOB, HistoricalDate.of("2019"),
                       "Bob asked Bill to"));
    }

    @Test
    void cannotNameThePrimaryAgain() {
        fixture.given(BOB_ADDED, BOB_PRIMARY)
               .when(new NamePrimaryNextOfKinCommand(CASE_ID, BOB, null, "again"))
               .expectException(violation(ALREADY_PRIMARY, "personId"))
               .expectNoEvents();
    }

    @Test
    void cannotNameSomeoneNotOnTheCase() {
        fixture.given(BOB_ADDED)
               .when(new NamePrimaryNextOfKinCommand(CASE_ID, NOBODY, null, "x"))
               .expectException(violation(UNKNOWN_PERSON, "personId"))
               .expectNoEvents();
    }

    @Test
    void aPersonRecordedDeadCannotBePrimary() {
        fixture.given(BOB_ADDED, BILL_ADDED, BOB_DIES)
               .when(new NamePrimaryNextOfKinCommand(CASE_ID, BOB, null, "x"))
               .expectException(violation(PERSON_DECEASED, "personId"))
               .expectNoEvents();
    }

    @Test
    void theDeathOfThePrimaryNamesTheSuccessorFromTheDayOfTheDeath() {
        fixture.given(BOB_ADDED, BILL_ADDED, BOB_PRIMARY)
               .when(new RecordDeathCommand(CASE_ID, BOB, BOB_DIED, "Beacon, 16 Feb 2021", BILL))
               .expectEvents(BOB_DIES, new PrimaryNextOfKinNamedEvent(CASE_ID, BILL, BOB, BOB_DIED,
                       "succession on the death of Robert (Bob) Dumas"))
               .expectResultMessagePayload(5L);
    }

    @Test
    void theDeathOfThePrimaryWithoutASuccessorLeavesTheCaseWithoutAPrimary() {
        fixture.given(BOB_ADDED, BILL_ADDED, BOB_PRIMARY, BOB_DIES)
               .when(new NamePrimaryNextOfKinCommand(CASE_ID, BILL, BOB_DIED, "the family asked"))
               .expectEvents(new PrimaryNextOfKinNamedEvent(CASE_ID, BILL, null, BOB_DIED, "the family asked"));
    }

    @Test
    void cannotNameASuccessorOnTheDeathOfSomeoneNotPrimary() {
        fixture.given(BOB_ADDED, BILL_ADDED)
               .when(new RecordDeathCommand(CASE_ID, BOB, BOB_DIED, "Beacon", BILL))
               .expectException(violation(FIELD_INVALID, "successorId"))
               .expectNoEvents();
    }

    @Test
    void cannotNameADeadSuccessor() {
        UUID father = UUID.fromString("60000000-0000-4000-8000-000000000003");
        fixture.given(BOB_ADDED, new PersonAddedEvent(CASE_ID, father, "Mr Dumas", Relationship.FATHER, null),
                      new PersonDiedEvent(CASE_ID, father, HistoricalDate.of("1970"), "obituary"), BOB_PRIMARY)
               .when(new RecordDeathCommand(CASE_ID, BOB, BOB_DIED, "Beacon", father))
               .expectException(violation(PERSON_DECEASED, "successorId"))
               .expectNoEvents();
    }

    @Test
    void cannotNameTheDeadThemselvesAsSuccessor() {
        fixture.given(BOB_ADDED, BOB_PRIMARY)
               .when(new RecordDeathCommand(CASE_ID, BOB, BOB_DIED, "Beacon", BOB))
               .expectException(violation(FIELD_INVALID, "successorId"))
               .expectNoEvents();
    }

    @Test
    void cannotRecordADeathBeforeTheBirth() {
        fixture.given(BOB_ADDED)
               .when(new RecordDeathCommand(CASE_ID, BOB, HistoricalDate.of("1930-12"), "a slip", null))
               .expectException(violation(DIED_BEFORE_BORN, "diedOn"))
               .expectNoEvents();
    }

    @Test
    void aDeathInTheYearOfAPartialBirthDateIsNotCertainlyBeforeIt() {
        fixture.given(BOB_ADDED)
               .when(new RecordDeathCommand(CASE_ID, BOB, HistoricalDate.of("1931-01-02"), "infant death", null))
               .expectEvents(new PersonDiedEvent(CASE_ID, BOB, HistoricalDate.of("1931-01-02"), "infant death"));
    }

    @Test
    void cannotCorrectABirthToAfterTheDeath() {
        fixture.given(BOB_ADDED, BOB_DIES)
               .when(new CorrectPersonCommand(CASE_ID, BOB, "Robert (Bob) Dumas", Relationship.BROTHER,
                       HistoricalDate.of("2022"), "a slip"))
               .expectException(violation(DIED_BEFORE_BORN, "bornOn"))
               .expectNoEvents();
    }

    @Test
    void cannotRecordADeathTwice() {
        fixture.given(BOB_ADDED, BOB_DIES)
               .when(new RecordDeathCommand(CASE_ID, BOB, BOB_DIED, "again", null))
               .expectException(violation(PERSON_DECEASED, "personId"))
               .expectNoEvents();
    }

    @Test
    void canCorrectAPersonWithAReason() {
        fixture.given(BILL_ADDED)
               .when(new CorrectPersonCommand(CASE_ID, BILL, "William (Bill) Dumas", Relationship.NEPHEW, null,
                       "full name from his letter"))
               .expectEvents(new PersonCorrectedEvent(CASE_ID, BILL, "William (Bill) Dumas", Relationship.NEPHEW,
                       null, "full name from his letter"));
    }

    @Test
    void cannotCorrectAPersonToWhatTheyAlreadyAre() {
        fixture.given(BILL_ADDED)
               .when(new CorrectPersonCommand(CASE_ID, BILL, "Bill Dumas", Relationship.NEPHEW, null, "same"))
               .expectException(violation(SAME_DESCRIPTION))
               .expectNoEvents();
    }

    @Test
    void contactDetailsChangeAsEventsTrimmedOfBlanks() {
        fixture.given(BILL_ADDED)
               .when(new ChangeContactDetailsCommand(CASE_ID, BILL, new ContactDetails(" 1 Main St ", "", " 555 ")))
               .expectEvents(new ContactDetailsChangedEvent(CASE_ID, BILL, new ContactDetails("1 Main St", null, "555")));
    }

    @Test
    void cannotChangeContactDetailsToWhatTheyAre() {
        ContactDetails details = new ContactDetails("1 Main St", null, null);
        fixture.given(BILL_ADDED, new ContactDetailsChangedEvent(CASE_ID, BILL, details))
               .when(new ChangeContactDetailsCommand(CASE_ID, BILL, details))
               .expectException(violation(SAME_DESCRIPTION))
               .expectNoEvents();
    }

    @Test
    void cannotChangeTheContactDetailsOfTheDead() {
        fixture.given(BOB_ADDED, BOB_DIES)
               .when(new ChangeContactDetailsCommand(CASE_ID, BOB, new ContactDetails("x", null, null)))
               .expectException(violation(PERSON_DECEASED, "personId"))
               .expectNoEvents();
    }

    @Test
    void canRecordConsentsWithTheirSource() {
        fixture.given(BILL_ADDED)
               .when(new RecordConsentsCommand(CASE_ID, BILL, new Consents(true, true, false), "signed form"))
               .expectEvents(new ConsentsRecordedEvent(CASE_ID, BILL, new Consents(true, true, false), "signed form"));
    }

    @Test
    void cannotRecordConsentsWithoutASource() {
        fixture.given(BILL_ADDED)
               .when(new RecordConsentsCommand(CASE_ID, BILL, new Consents(true, true, false), null))
               .expectException(violation(FIELD_REQUIRED, "source"))
               .expectNoEvents();
    }

    @Test
    void canLinkAFamilyAccountToAPerson() {
        fixture.given(BILL_ADDED)
               .when(new LinkAccountToPersonCommand(CASE_ID, BILL, "bill", "his own account"))
               .expectEvents(new AccountLinkedToPersonEvent(CASE_ID, BILL, "bill", "his own account"));
    }

    @Test
    void anAccountIsOnlyOnePersonsOnACase() {
        fixture.given(BOB_ADDED, BILL_ADDED, new AccountLinkedToPersonEvent(CASE_ID, BOB, "dumas", "x"))
               .when(new LinkAccountToPersonCommand(CASE_ID, BILL, "dumas", "shared"))
               .expectException(violation(ALREADY_LINKED, "username"))
               .expectNoEvents();
    }

    @Test
    void aPersonHasOneAccount() {
        fixture.given(BILL_ADDED, new AccountLinkedToPersonEvent(CASE_ID, BILL, "bill", "x"))
               .when(new LinkAccountToPersonCommand(CASE_ID, BILL, "bill2", "another"))
               .expectException(violation(ALREADY_LINKED, "personId"))
               .expectNoEvents();
    }

    @Test
    void cannotLinkAnAccountToTheDead() {
        fixture.given(BOB_ADDED, BOB_DIES)
               .when(new LinkAccountToPersonCommand(CASE_ID, BOB, "bob", "x"))
               .expectException(violation(PERSON_DECEASED, "personId"))
               .expectNoEvents();
    }
}
