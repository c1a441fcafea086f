package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.EntryFixtures.Reclassification;
import org.fullaccounting.casefile.EntryFixtures.Recovery;
import org.fullaccounting.casefile.EntryFixtures.Retraction;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fullaccounting.casefile.CaseErrorCode.ENTRY_RETRACTED;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseErrorCode.NOT_RETRACTABLE;
import static org.fullaccounting.casefile.CaseErrorCode.UNKNOWN_ENTRY;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.entryId;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.ASSESSMENT_ID;
import static org.fullaccounting.casefile.EntryFixtures.DESIGNATION_ID;
import static org.fullaccounting.casefile.EntryFixtures.IDENTIFICATION_ID;
import static org.fullaccounting.casefile.EntryFixtures.NOTE_ID;
import static org.fullaccounting.casefile.EntryFixtures.RECLASSIFICATION_ID;
import static org.fullaccounting.casefile.EntryFixtures.RECOVERY_ID;
import static org.fullaccounting.casefile.EntryFixtures.REMOVAL_ID;
import static org.fullaccounting.casefile.EntryFixtures.RETRACTION_ID;
import static org.fullaccounting.casefile.EntryFixtures.SIGHTING_ID;
import static org.fullaccounting.casefile.EntryFixtures.assessment;
import static org.fullaccounting.casefile.EntryFixtures.designation;
import static org.fullaccounting.casefile.EntryFixtures.identification;
import static org.fullaccounting.casefile.EntryFixtures.note;
import static org.fullaccounting.casefile.EntryFixtures.reclassification;
import static org.fullaccounting.casefile.EntryFixtures.recovery;
import static org.fullaccounting.casefile.EntryFixtures.removal;
import static org.fullaccounting.casefile.EntryFixtures.retractionOf;
import static org.fullaccounting.casefile.EntryFixtures.sighting;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;
import static org.fullaccounting.casefile.api.CaseStatus.ACCOUNTED_FOR;
import static org.fullaccounting.casefile.api.CaseStatus.MISSING_PRESUMED_DEAD;
import static org.fullaccounting.casefile.api.CaseStatus.PRISONER_OF_WAR;

class RetractionsTest {

    private static final UUID LATER_ID = entryId(20);

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canRetractANote() {
        fixture.given(opened(), note().event())
               .when(retractionOf(NOTE_ID).command())
               .expectEvents(retractionOf(NOTE_ID).event(EntryKind.NOTE));
    }

    @Test
    void aRetractedEntryStaysInTheCaseCountedApart() {
        fixture.given(opened(), note().event(), sighting().event())
               .when(retractionOf(SIGHTING_ID).command())
               .expectEvents(retractionOf(SIGHTING_ID).event(EntryKind.SIGHTING))
               .expectState(caseFile -> assertThat(caseFile.state().isRetracted(SIGHTING_ID)).isTrue());
        // The case's header counts it apart (the fold the header read model and as-of reads share).
        CaseSummary header = CaseSummary.fold(List.of(opened(), note().event(), sighting().event(),
                retractionOf(SIGHTING_ID).event(EntryKind.SIGHTING)));
        assertThat(header.retracted()).isEqualTo(1);
        assertThat(header.counts()).containsOnly(
                Map.entry(EntryKind.CASE_OPENED, 1), Map.entry(EntryKind.NOTE, 1), Map.entry(EntryKind.RETRACTION, 1));
    }

    @Test
    void cannotRetractAnUnknownEntry() {
        expectRefusal(retractionOf(NOTE_ID), violation(UNKNOWN_ENTRY, "entryId"), opened());
    }

    @Test
    void cannotRetractAnEntryTwice() {
        expectRefusal(retractionOf(NOTE_ID).with(r -> r.entryId = LATER_ID), violation(ENTRY_RETRACTED, "entryId"),
                opened(), note().event(), retractionOf(NOTE_ID).event(EntryKind.NOTE));
    }

    @Test
    void cannotRetractWithoutSayingWhichEntry() {
        expectRefusal(retractionOf(null), violation(FIELD_REQUIRED, "entryId"), opened());
    }

    @Test
    void cannotRetractWithoutAReason() {
        expectRefusal(retractionOf(NOTE_ID).with(r -> r.reason = " "), violation(FIELD_REQUIRED, "reason"),
                opened(), note().event());
    }

    @Test
    void cannotRetractTheOpeningOfTheCase() {
        expectRefusal(retractionOf(CASE_ID), violation(NOT_RETRACTABLE, "entryId"), opened());
    }

    @Test
    void cannotRetractARetraction() {
        expectRefusal(retractionOf(RETRACTION_ID).with(r -> r.entryId = LATER_ID),
                violation(NOT_RETRACTABLE, "entryId"),
                opened(), note().event(), retractionOf(NOTE_ID).event(EntryKind.NOTE));
    }

    @Test
    void cannotRetractAnAssessmentOnlySupersedeIt() {
        expectRefusal(retractionOf(ASSESSMENT_ID), violation(NOT_RETRACTABLE, "entryId"),
                opened(), sighting().event(), assessment().event(null));
    }

    @Nested
    class StatusChanges {

        private final Reclassification backToPresumedDead = reclassification().with(r -> {
            r.entryId = LATER_ID;
            r.to = MISSING_PRESUMED_DEAD;
        });

        @Test
        void retractingTheLatestReclassificationRestoresThePreviousStatus() {
            fixture.given(opened(), reclassification().event(MISSING_PRESUMED_DEAD))
                   .when(retractionOf(RECLASSIFICATION_ID).command())
                   .expectEvents(retractionOf(RECLASSIFICATION_ID)
                           .event(EntryKind.RECLASSIFICATION, MISSING_PRESUMED_DEAD, null))
                   .expectState(caseFile -> assertStatus(caseFile, MISSING_PRESUMED_DEAD));
        }

        @Test
        void cannotRetractAReclassificationThatIsNotTheLatest() {
            expectRefusal(retractionOf(RECLASSIFICATION_ID), violation(NOT_RETRACTABLE, "entryId"),
                    opened(), reclassification().event(MISSING_PRESUMED_DEAD),
                    backToPresumedDead.event(PRISONER_OF_WAR));
        }

        @Test
        void reclassificationsAreRetractedFromTheLatestDown() {
            Retraction ofTheEarlier = retractionOf(RECLASSIFICATION_ID).with(r -> r.entryId = entryId(21));

            fixture.given(opened(), reclassification().event(MISSING_PRESUMED_DEAD),
                           backToPresumedDead.event(PRISONER_OF_WAR),
                           retractionOf(LATER_ID).event(EntryKind.RECLASSIFICATION, PRISONER_OF_WAR, null))
                   .when(ofTheEarlier.command())
                   .expectEvents(ofTheEarlier.event(EntryKind.RECLASSIFICATION, MISSING_PRESUMED_DEAD, null))
                   .expectState(caseFile -> assertStatus(caseFile, MISSING_PRESUMED_DEAD));
        }

        @Test
        void retractingTheIdentificationRestoresTheStatusItEnded() {
            fixture.given(opened(), reclassification().event(MISSING_PRESUMED_DEAD), recovery().event(),
                           identification().event(PRISONER_OF_WAR))
                   .when(retractionOf(IDENTIFICATION_ID).command())
                   .expectEvents(retractionOf(IDENTIFICATION_ID)
                           .event(EntryKind.REMAINS_IDENTIFIED, PRISONER_OF_WAR, null))
                   .expectState(caseFile -> assertStatus(caseFile, PRISONER_OF_WAR));
        }

        @Test
        void cannotRetractAnIdentificationFollowedByAReclassification() {
            expectRefusal(retractionOf(IDENTIFICATION_ID), violation(NOT_RETRACTABLE, "entryId"),
                    opened(), recovery().event(), identification().event(MISSING_PRESUMED_DEAD),
                    reclassification().event(ACCOUNTED_FOR));
        }

        @Test
        void cannotRetractAReclassificationFollowedByAnIdentification() {
            expectRefusal(retractionOf(RECLASSIFICATION_ID), violation(NOT_RETRACTABLE, "entryId"),
                    opened(), reclassification().event(MISSING_PRESUMED_DEAD), recovery().event(),
                    identification().event(PRISONER_OF_WAR));
        }

        private void assertStatus(CaseFile caseFile, CaseStatus expected) {
            assertThat(caseFile.state().status()).isEqualTo(expected);
        }
    }

    @Nested
    class LastSeenAliveChanges {

        @Test
        void retractingTheDesignationTakesTheServicemanOffTheListAgain() {
            fixture.given(opened(), designation().event())
                   .when(retractionOf(DESIGNATION_ID).command())
                   .expectEvents(retractionOf(DESIGNATION_ID).event(EntryKind.LAST_SEEN_ALIVE, null, false))
                   .expectState(caseFile -> assertThat(caseFile.state().lastSeenAlive()).isFalse());
        }

        @Test
        void retractingTheRemovalPutsTheServicemanBackOnTheList() {
            fixture.given(opened(), designation().event(), removal().event())
                   .when(retractionOf(REMOVAL_ID).command())
                   .expectEvents(retractionOf(REMOVAL_ID).event(EntryKind.LAST_SEEN_ALIVE, null, true))
                   .expectState(caseFile -> assertThat(caseFile.state().lastSeenAlive()).isTrue());
        }

        @Test
        void cannotRetractALastSeenAliveChangeThatIsNotTheLatest() {
            expectRefusal(retractionOf(DESIGNATION_ID), violation(NOT_RETRACTABLE, "entryId"),
                    opened(), designation().event(), removal().event());
        }
    }

    @Nested
    class Recoveries {

        private final Recovery secondRecovery = recovery().with(r -> {
            r.entryId = LATER_ID;
            r.operation = "joint recovery mission";
        });

        @Test
        void canRetractARecoveryOfRemainsNotYetIdentified() {
            fixture.given(opened(), recovery().event())
                   .when(retractionOf(RECOVERY_ID).command())
                   .expectEvents(retractionOf(RECOVERY_ID).event(EntryKind.REMAINS_RECOVERED));
        }

        @Test
        void cannotRetractTheOnlyRecoveryOfIdentifiedRemains() {
            expectRefusal(retractionOf(RECOVERY_ID), violation(NOT_RETRACTABLE, "entryId"),
                    opened(), recovery().event(), identification().event(MISSING_PRESUMED_DEAD));
        }

        @Test
        void canRetractOneOfTwoRecoveriesOfAnAccountedForCase() {
            fixture.given(opened(), recovery().event(), secondRecovery.event(),
                           identification().event(MISSING_PRESUMED_DEAD))
                   .when(retractionOf(RECOVERY_ID).command())
                   .expectEvents(retractionOf(RECOVERY_ID).event(EntryKind.REMAINS_RECOVERED));
        }

        @Test
        void cannotRetractTheLastStandingRecoveryOfIdentifiedRemains() {
            expectRefusal(retractionOf(LATER_ID).with(r -> r.entryId = entryId(21)),
                    violation(NOT_RETRACTABLE, "entryId"),
                    opened(), recovery().event(), secondRecovery.event(),
                    identification().event(MISSING_PRESUMED_DEAD),
                    retractionOf(RECOVERY_ID).event(EntryKind.REMAINS_RECOVERED));
        }

        @Test
        void cannotRetractTheOnlyRecoveryOfIdentifiedRemainsEvenAfterTheStatusMovedOn() {
            expectRefusal(retractionOf(RECOVERY_ID).with(r -> r.entryId = entryId(21)),
                    violation(NOT_RETRACTABLE, "entryId"),
                    opened(), recovery().event(), identification().event(MISSING_PRESUMED_DEAD),
                    reclassification().event(ACCOUNTED_FOR));
        }

        @Test
        void canRetractTheRecoveryOnceTheIdentificationIsRetracted() {
            Retraction ofTheRecovery = retractionOf(RECOVERY_ID).with(r -> r.entryId = entryId(21));

            fixture.given(opened(), recovery().event(), identification().event(MISSING_PRESUMED_DEAD),
                           retractionOf(IDENTIFICATION_ID).event(EntryKind.REMAINS_IDENTIFIED, MISSING_PRESUMED_DEAD,
                                   null))
                   .when(ofTheRecovery.command())
                   .expectEvents(ofTheRecovery.event(EntryKind.REMAINS_RECOVERED));
        }
    }

    private void expectRefusal(Retraction retraction, RuleViolationMatcher violation, Object... history) {
        fixture.given(history)
               .when(retraction.command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation)
               .expectNoEvents();
    }
}
