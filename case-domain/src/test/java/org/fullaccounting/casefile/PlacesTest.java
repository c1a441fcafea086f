package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.places.LossIncident;
import org.fullaccounting.casefile.places.PowCamp;
import org.fullaccounting.casefile.places.api.*;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.OTHER_CASE_ID;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/** Loss incidents and camps: named records with a name at least, cases linked once each. */
class PlacesTest {

    static final UUID INCIDENT = UUID.fromString("b0000000-0000-4000-8000-000000000001");
    static final UUID CAMP = UUID.fromString("c0000000-0000-4000-8000-000000000001");
    static final UUID LINK = UUID.fromString("d0000000-0000-4000-8000-000000000001");
    static final IncidentDescription UNSAN = new IncidentDescription("Unsan",
            HistoricalDate.of("1950-11-01/1950-11-02"), "Unsan, North Korea", List.of("8th Cavalry Regiment"));
    static final CampDescription CAMP_5 = new CampDescription("Camp 5", "Pyoktong, on the Yalu",
            List.of("Pyoktong"));

    private final AggregateTestFixture<LossIncident> incidents = new AggregateTestFixture<>(LossIncident.class);
    private final AggregateTestFixture<PowCamp> camps = new AggregateTestFixture<>(PowCamp.class);

    @Test
    void canRecordAnIncident() {
        incidents.givenNoPriorActivity()
                 .when(new RecordIncidentCommand(INCIDENT, new IncidentDescription(" Unsan ", UNSAN.dates(),
                         " Unsan, North Korea ", List.of(" 8th Cavalry Regiment"))))
                 .expectEvents(new IncidentRecordedEvent(INCIDENT, UNSAN))
                 .expectResultMessagePayload(1L);
    }

    @Test
    void cannotRecordAnIncidentWithoutAName() {
        incidents.givenNoPriorActivity()
                 .when(new RecordIncidentCommand(INCIDENT, new IncidentDescription(" ", null, null, null)))
                 .expectException(violation(FIELD_REQUIRED, "name"))
                 .expectNoEvents();
    }

    @Test
    void cannotRecordAnIncidentWithABlankUnit() {
        incidents.givenNoPriorActivity()
                 .when(new RecordIncidentCommand(INCIDENT, new IncidentDescription("Unsan", null, null, List.of(" "))))
                 .expectException(violation(FIELD_REQUIRED, "units"))
                 .expectNoEvents();
    }

    @Test
    void canLinkCasesToAnIncident() {
        incidents.given(new IncidentRecordedEvent(INCIDENT, UNSAN))
                 .when(new LinkCasesToIncidentCommand(INCIDENT, LINK, List.of(CASE_ID, OTHER_CASE_ID), "morning report"))
                 .expectEvents(new CasesLinkedToIncidentEvent(INCIDENT, LINK, List.of(CASE_ID, OTHER_CASE_ID),
                         "morning report"));
    }

    @Test
    void cannotLinkACaseToAnIncidentTwice() {
        incidents.given(new IncidentRecordedEvent(INCIDENT, UNSAN),
                        new CasesLinkedToIncidentEvent(INCIDENT, LINK, List.of(CASE_ID), "morning report"))
                 .when(new LinkCasesToIncidentCommand(INCIDENT, UUID.randomUUID(), List.of(OTHER_CASE_ID, CASE_ID), "again"))
                 .expectException(violation(ALREADY_LINKED, "caseIds"))
                 .expectNoEvents();
    }

    @Test
    void cannotLinkCasesToAnIncidentWithoutAReason() {
        incidents.given(new IncidentRecordedEvent(INCIDENT, UNSAN))
                 .when(new LinkCasesToIncidentCommand(INCIDENT, LINK, List.of(CASE_ID), " "))
                 .expectException(violation(FIELD_REQUIRED, "reason"))
                 .expectNoEvents();
    }

    @Test
    void canRecordACampWithItsAliases() {
        camps.givenNoPriorActivity()
             .when(new RecordCampCommand(CAMP, new CampDescription("Camp 5 ", "Pyoktong, on the Yalu",
                     List.of(" Pyoktong"))))
             .expectEvents(new CampRecordedEvent(CAMP, CAMP_5));
    }

    @Test
    void cannotRecordACampWithoutAName() {
        camps.givenNoPriorActivity()
             .when(new RecordCampCommand(CAMP, new CampDescription(null, "Pyoktong", null)))
             .expectException(violation(FIELD_REQUIRED, "name"))
             .expectNoEvents();
    }

    @Test
    void canLinkCasesToACampOnceEach() {
        camps.given(new CampRecordedEvent(CAMP, CAMP_5))
             .when(new LinkCasesToCampCommand(CAMP, LINK, List.of(CASE_ID), "returnee debrief"))
             .expectEvents(new CasesLinkedToCampEvent(CAMP, LINK, List.of(CASE_ID), "returnee debrief"));
        camps.given(new CampRecordedEvent(CAMP, CAMP_5),
                    new CasesLinkedToCampEvent(CAMP, LINK, List.of(CASE_ID), "returnee debrief"))
             .when(new LinkCasesToCampCommand(CAMP, UUID.randomUUID(), List.of(CASE_ID), "again"))
             .expectException(violation(ALREADY_LINKED, "caseIds"))
             .expectNoEvents();
    }

    @Test
    void cannotNameTheSameCaseTwiceInOneLink() {
        camps.given(new CampRecordedEvent(CAMP, CAMP_5))
             .when(new LinkCasesToCampCommand(CAMP, LINK, List.of(CASE_ID, CASE_ID), "twice"))
             .expectException(violation(FIELD_INVALID, "caseIds"))
             .expectNoEvents();
    }
}
