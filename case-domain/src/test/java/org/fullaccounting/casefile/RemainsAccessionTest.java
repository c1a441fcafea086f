package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.IdentificationMethod;
import org.fullaccounting.casefile.remains.RemainsAccession;
import org.fullaccounting.casefile.remains.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.OTHER_CASE_ID;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/**
 * A remains accession's rules: candidates once each; an identification only of a candidate neither
 * excluded nor identified; no exclusion after an identification.
 */
class RemainsAccessionTest {

    static final UUID ACCESSION = UUID.fromString("a0000000-0000-4000-8000-000000000001");
    static final AccessionDescription K208_BOX = new AccessionDescription("K208 Box 12",
            HistoricalDate.of("1993-11"), "K208 unilateral turnover", "Box 12");
    static final HistoricalDate IDENTIFIED_ON = HistoricalDate.of("2004-06-02");

    private AggregateTestFixture<RemainsAccession> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(RemainsAccession.class);
    }

    private static AccessionReceivedEvent received() {
        return new AccessionReceivedEvent(ACCESSION, K208_BOX);
    }

    private static CandidateAddedEvent candidate(UUID caseId) {
        return new CandidateAddedEvent(ACCESSION, caseId, "lost near the recovery site");
    }

    private static IdentifyCandidateCommand identify(UUID caseId) {
        return new IdentifyCandidateCommand(ACCESSION, caseId, IdentificationMethod.MTDNA, IDENTIFIED_ON, "mtDNA 04-117");
    }

    @Test
    void canReceiveAnAccession() {
        fixture.givenNoPriorActivity()
               .when(new ReceiveAccessionCommand(ACCESSION, new AccessionDescription(" K208 Box 12 ",
                       HistoricalDate.of("1993-11"), "K208 unilateral turnover", " Box 12 ")))
               .expectEvents(received())
               .expectResultMessagePayload(1L);
    }

    @Test
    void cannotReceiveAnAccessionWithoutAName() {
        fixture.givenNoPriorActivity()
               .when(new ReceiveAccessionCommand(ACCESSION, new AccessionDescription(" ", HistoricalDate.of("1993"),
                       null, null)))
               .expectException(violation(FIELD_REQUIRED, "name"))
               .expectNoEvents();
    }

    @Test
    void cannotReceiveAnAccessionWithoutTheDateItWasReceived() {
        fixture.givenNoPriorActivity()
               .when(new ReceiveAccessionCommand(ACCESSION, new AccessionDescription("K55 Box 3", null, null, null)))
               .expectException(violation(FIELD_REQUIRED, "receivedOn"))
               .expectNoEvents();
    }

    @Test
    void canAddCasesAsCandidates() {
        fixture.given(received(), candidate(CASE_ID))
               .when(new AddCandidateCommand(ACCESSION, OTHER_CASE_ID, " same unit, same date "))
               .expectEvents(new CandidateAddedEvent(ACCESSION, OTHER_CASE_ID, "same unit, same date"))
               .expectResultMessagePayload(3L);
    }

    @Test
    void cannotAddTheSameCandidateTwice() {
        fixture.given(received(), candidate(CASE_ID))
               .when(new AddCandidateCommand(ACCESSION, CASE_ID, "again"))
               .expectException(violation(ALREADY_CANDIDATE, "caseId"))
               .expectNoEvents();
    }

    @Test
    void cannotAddACandidateWithoutAReason() {
        fixture.given(received())
               .when(new AddCandidateCommand(ACCESSION, CASE_ID, ""))
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }

    @Test
    void canExcludeACandidate() {
        fixture.given(received(), candidate(CASE_ID))
               .when(new ExcludeCandidateCommand(ACCESSION, CASE_ID, "dental chart does not match"))
               .expectEvents(new CandidateExcludedEvent(ACCESSION, CASE_ID, "dental chart does not match"));
    }

    @Test
    void cannotExcludeACaseThatIsNoCandidate() {
        fixture.given(received(), candidate(CASE_ID))
               .when(new ExcludeCandidateCommand(ACCESSION, OTHER_CASE_ID, "no"))
               .expectException(violation(NOT_A_CANDIDATE, "caseId"))
               .expectNoEvents();
    }

    @Test
    void cannotExcludeACandidateTwice() {
        fixture.given(received(), candidate(CASE_ID), new CandidateExcludedEvent(ACCESSION, CASE_ID, "no"))
               .when(new ExcludeCandidateCommand(ACCESSION, CASE_ID, "still no"))
               .expectException(violation(CANDIDATE_EXCLUDED, "caseId"))
               .expectNoEvents();
    }

    @Test
    void cannotExcludeACandidateAfterItsIdentification() {
        fixture.given(received(), candidate(CASE_ID), new CandidateIdentifiedEvent(ACCESSION, CASE_ID,
                        IdentificationMethod.MTDNA, IDENTIFIED_ON, "mtDNA 04-117"))
               .when(new ExcludeCandidateCommand(ACCESSION, CASE_ID, "second thoughts"))
               .expectException(violation(ALREADY_IDENTIFIED, "caseId"))
               .expectNoEvents();
    }

    @Test
    void canIdentifyACandidate() {
        fixture.given(received(), candidate(CASE_ID), candidate(OTHER_CASE_ID))
               .when(identify(CASE_ID))
               .expectEvents(new CandidateIdentifiedEvent(ACCESSION, CASE_ID, IdentificationMethod.MTDNA,
                       IDENTIFIED_ON, "mtDNA 04-117"));
    }

    @Test
    void oneAccessionCanIdentifySeveralCandidates() {
        fixture.given(received(), candidate(CASE_ID), candidate(OTHER_CASE_ID), new CandidateIdentifiedEvent(
                        ACCESSION, CASE_ID, IdentificationMethod.MTDNA, IDENTIFIED_ON, "mtDNA 04-117"))
               .when(identify(OTHER_CASE_ID))
               .expectEvents(new CandidateIdentifiedEvent(ACCESSION, OTHER_CASE_ID, IdentificationMethod.MTDNA,
                       IDENTIFIED_ON, "mtDNA 04-117"));
    }

    @Test
    void cannotIdentifyACaseThatIsNoCandidate() {
        fixture.given(received(), candidate(OTHER_CASE_ID))
               .when(identify(CASE_ID))
               .expectException(violation(NOT_A_CANDIDATE, "caseId"))
               .expectNoEvents();
    }

    @Test
    void cannotIdentifyAnExcludedCandidate() {
        fixture.given(received(), candidate(CASE_ID), new CandidateExcludedEvent(ACCESSION, CASE_ID, "no"))
               .when(identify(CASE_ID))
               .expectException(violation(CANDIDATE_EXCLUDED, "caseId"))
               .expectNoEvents();
    }

    @Test
    void cannotIdentifyACandidateTwice() {
        fixture.given(received(), candidate(CASE_ID), new CandidateIdentifiedEvent(ACCESSION, CASE_ID,
                        IdentificationMethod.MTDNA, IDENTIFIED_ON, "mtDNA 04-117"))
               .when(identify(CASE_ID))
               .expectException(violation(ALREADY_IDENTIFIED, "caseId"))
               .expectNoEvents();
    }

    @Test
    void cannotIdentifyWithoutTheSampleItMatched() {
        fixture.given(received(), candidate(CASE_ID))
               .when(new IdentifyCandidateCommand(ACCESSION, CASE_ID, IdentificationMethod.DENTAL, IDENTIFIED_ON, " "))
               .expectException(violation(FIELD_REQUIRED, "sample"))
               .expectNoEvents();
    }

    @Test
    void cannotIdentifyWithoutAMethod() {
        fixture.given(received(), candidate(CASE_ID))
               .when(new IdentifyCandidateCommand(ACCESSION, CASE_ID, null, IDENTIFIED_ON, "lab 1"))
               .expectException(violation(FIELD_REQUIRED, "method"))
               .expectNoEvents();
    }
}
