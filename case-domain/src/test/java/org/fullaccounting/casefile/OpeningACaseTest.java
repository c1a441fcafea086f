package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.fullaccounting.casefile.CaseFixtures.Opening;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.OpenCaseCommand;
import org.fullaccounting.casefile.api.PersonName;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.fullaccounting.casefile.CaseErrorCode.DUPLICATE_SERVICE_NUMBER;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_INVALID;
import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.OTHER_CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.opening;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class OpeningACaseTest {

    private InMemoryServiceNumberRegistry registry;
    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        registry = new InMemoryServiceNumberRegistry();
        fixture = caseFileFixture(registry);
    }

    @Test
    void canOpenACaseForAServiceman() {
        fixture.givenNoPriorActivity()
               .when(opening().command())
               .expectEvents(opening().event());
    }

    @Test
    void openingACaseClaimsItsNormalizedServiceNumber() {
        fixture.givenNoPriorActivity()
               .when(opening().with(o -> o.serviceNumber = "ra 11-190 352").command())
               .expectSuccessfulHandlerExecution();

        assertThat(registry.claims()).containsExactly(entry("RA11190352", CASE_ID));
    }

    @Test
    void theServiceNumberIsRecordedAsWrittenWithoutSurroundingSpaces() {
        fixture.givenNoPriorActivity()
               .when(opening().with(o -> o.serviceNumber = "  RA 11 190 352 ").command())
               .expectEvents(opening().with(o -> o.serviceNumber = "RA 11 190 352").event());
    }

    @ParameterizedTest(name = "can open a case as {0}")
    @EnumSource(value = CaseStatus.class, names = "ACCOUNTED_FOR", mode = EnumSource.Mode.EXCLUDE)
    void canOpenACaseInAnyStatusButAccountedFor(CaseStatus status) {
        fixture.givenNoPriorActivity()
               .when(opening().with(o -> o.status = status).command())
               .expectEvents(opening().with(o -> o.status = status).event());
    }

    @Test
    void cannotOpenACaseAsAccountedFor() {
        fixture.givenNoPriorActivity()
               .when(opening().with(o -> o.status = CaseStatus.ACCOUNTED_FOR).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_INVALID, "status"))
               .expectNoEvents();
    }

    @ParameterizedTest(name = "cannot open a case without {0}")
    @MethodSource("openingsMissingARequiredField")
    void cannotOpenACaseWithoutARequiredField(String field, OpenCaseCommand command) {
        fixture.givenNoPriorActivity()
               .when(command)
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, field))
               .expectNoEvents();
    }

    static Stream<Arguments> openingsMissingARequiredField() {
        return Stream.of(
                missing("serviceNumber", o -> o.serviceNumber = null),
                missing("serviceNumber", o -> o.serviceNumber = "  "),
                missing("name", o -> o.name = null),
                missing("name.family", o -> o.name = new PersonName(null, "Roger", "A.")),
                missing("name.family", o -> o.name = new PersonName(" ", "Roger", "A.")),
                missing("branch", o -> o.branch = null),
                missing("status", o -> o.status = null),
                missing("source", o -> o.source = ""));
    }

    private static Arguments missing(String field, Consumer<Opening> change) {
        return arguments(field, opening().with(change).command());
    }

    @Test
    void cannotOpenASecondCaseForTheSameServiceNumber() {
        registry.heldBy("RA 11 190 352", OTHER_CASE_ID);

        fixture.givenNoPriorActivity()
               .when(opening().command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(DUPLICATE_SERVICE_NUMBER, "serviceNumber")
                       .withFact("existingCaseId", OTHER_CASE_ID.toString()))
               .expectExceptionMessage("service number RA 11 190 352 already belongs to case " + OTHER_CASE_ID)
               .expectNoEvents();
    }

    @ParameterizedTest(name = "\"{0}\" is the number of the case opened as \"RA11190352\"")
    @ValueSource(strings = {"ra 11 190 352", "RA11190352", "Ra 11-190-352", " ra11190352 "})
    void serviceNumbersDifferingOnlyInSpacesAndCaseAreTheSame(String written) {
        registry.heldBy("RA11190352", OTHER_CASE_ID);

        fixture.givenNoPriorActivity()
               .when(opening().with(o -> o.serviceNumber = written).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(DUPLICATE_SERVICE_NUMBER, "serviceNumber")
                       .withFact("existingCaseId", OTHER_CASE_ID.toString()))
               .expectNoEvents();
    }

    @Test
    void aCaseCanBeOpenedWhileAnotherCaseHoldsADifferentNumber() {
        registry.heldBy("US 52 000 001", OTHER_CASE_ID);

        fixture.givenNoPriorActivity()
               .when(opening().command())
               .expectEvents(opening().event());
    }

    @Test
    void aRefusedOpeningLeavesTheServiceNumberFree() {
        fixture.givenNoPriorActivity()
               .when(opening().with(o -> o.status = CaseStatus.ACCOUNTED_FOR).command())
               .expectException(violation(FIELD_INVALID, "status"))
               .expectNoEvents();

        assertThat(registry.claims()).isEmpty();
    }

    @Test
    void cannotOpenACaseWithAServiceNumberOfOnlyHyphens() {
        fixture.givenNoPriorActivity()
               .when(opening().with(o -> o.serviceNumber = "- -").command())
               .expectException(violation(FIELD_INVALID, "serviceNumber"))
               .expectNoEvents();

        assertThat(registry.claims()).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" normalizes to RA11190352")
    @ValueSource(strings = {"ra 11-190 352", "RA11190352", "RA 11 190 352", "\tra11190352\n"})
    void normalizingAServiceNumberDropsSpacesAndHyphensAndIgnoresCase(String written) {
        assertThat(ServiceNumberRegistry.normalize(written)).isEqualTo("RA11190352");
    }
}
