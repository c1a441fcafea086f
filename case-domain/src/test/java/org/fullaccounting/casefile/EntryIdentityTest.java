package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.api.CaseCommand;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.fullaccounting.casefile.CaseErrorCode.FIELD_INVALID;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.NOTE_ID;
import static org.fullaccounting.casefile.EntryFixtures.SIGHTING_ID;
import static org.fullaccounting.casefile.EntryFixtures.assessment;
import static org.fullaccounting.casefile.EntryFixtures.capture;
import static org.fullaccounting.casefile.EntryFixtures.correctionOf;
import static org.fullaccounting.casefile.EntryFixtures.correspondence;
import static org.fullaccounting.casefile.EntryFixtures.designation;
import static org.fullaccounting.casefile.EntryFixtures.identification;
import static org.fullaccounting.casefile.EntryFixtures.note;
import static org.fullaccounting.casefile.EntryFixtures.reclassification;
import static org.fullaccounting.casefile.EntryFixtures.recovery;
import static org.fullaccounting.casefile.EntryFixtures.removal;
import static org.fullaccounting.casefile.EntryFixtures.retractionOf;
import static org.fullaccounting.casefile.EntryFixtures.sighting;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;
import static org.junit.jupiter.api.Named.named;

/** Every entry of a case is addressed by its own id, given by the sender; no two entries share one. */
class EntryIdentityTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @ParameterizedTest(name = "{0} needs an id")
    @MethodSource("everyKindOfEntry")
    void everyEntryNeedsAnId(Function<UUID, CaseCommand> entryWithId) {
        expectRefusal(entryWithId.apply(null), violation(FIELD_REQUIRED, "entryId"));
    }

    @ParameterizedTest(name = "{0} cannot reuse the id of an earlier entry")
    @MethodSource("everyKindOfEntry")
    void cannotReuseTheIdOfAnEarlierEntry(Function<UUID, CaseCommand> entryWithId) {
        expectRefusal(entryWithId.apply(NOTE_ID), violation(FIELD_INVALID, "entryId"));
    }

    @ParameterizedTest(name = "{0} cannot take the id of the case, which is its opening's")
    @MethodSource("everyKindOfEntry")
    void cannotReuseTheCaseIdAsAnEntryId(Function<UUID, CaseCommand> entryWithId) {
        expectRefusal(entryWithId.apply(CASE_ID), violation(FIELD_INVALID, "entryId"));
    }

    private void expectRefusal(CaseCommand command, RuleViolationMatcher violation) {
        fixture.given(opened(), sighting().event(), recovery().event(), designation().event(), note().event())
               .when(command)
               .expectException(CaseRuleViolation.class)
               .expectException(violation)
               .expectNoEvents();
    }

    static Stream<Named<Function<UUID, CaseCommand>>> everyKindOfEntry() {
        return Stream.of(
                entry("a captivity fact", id -> capture().with(e -> e.entryId = id).command()),
                entry("a sighting", id -> sighting().with(e -> e.entryId = id).command()),
                entry("an assessment", id -> assessment().with(e -> e.entryId = id).command()),
                entry("a reclassification", id -> reclassification().with(e -> e.entryId = id).command()),
                entry("correspondence", id -> correspondence().with(e -> e.entryId = id).command()),
                entry("a designation", id -> designation().with(e -> e.entryId = id).command()),
                entry("a removal from the list", id -> removal().with(e -> e.entryId = id).command()),
                entry("a recovery", id -> recovery().with(e -> e.entryId = id).command()),
                entry("an identification", id -> identification().with(e -> e.entryId = id).command()),
                entry("a note", id -> note().with(e -> e.entryId = id).command()),
                entry("a retraction", id -> retractionOf(SIGHTING_ID).with(e -> e.entryId = id).command()),
                entry("a correction", id -> correctionOf(SIGHTING_ID).with(e -> e.entryId = id).command()));
    }

    private static Named<Function<UUID, CaseCommand>> entry(String name, Function<UUID, CaseCommand> entryWithId) {
        return named(name, entryWithId);
    }
}
