package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.CaseFixtures.InMemoryServiceNumberRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.fullaccounting.casefile.CaseErrorCode.FIELD_REQUIRED;
import static org.fullaccounting.casefile.CaseFixtures.caseFileFixture;
import static org.fullaccounting.casefile.CaseFixtures.opened;
import static org.fullaccounting.casefile.EntryFixtures.note;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

class NotesTest {

    private AggregateTestFixture<CaseFile> fixture;

    @BeforeEach
    void setUp() {
        fixture = caseFileFixture(new InMemoryServiceNumberRegistry());
    }

    @Test
    void canAddANote() {
        fixture.given(opened())
               .when(note().command())
               .expectEvents(note().event());
    }

    @ParameterizedTest(name = "cannot add the note \"{0}\"")
    @NullSource
    @ValueSource(strings = {"", "   ", "\n"})
    void cannotAddAnEmptyNote(String text) {
        fixture.given(opened())
               .when(note().with(n -> n.text = text).command())
               .expectException(CaseRuleViolation.class)
               .expectException(violation(FIELD_REQUIRED, "text"))
               .expectNoEvents();
    }
}
