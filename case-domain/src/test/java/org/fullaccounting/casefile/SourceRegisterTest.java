package org.fullaccounting.casefile;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.sources.SourceRecord;
import org.fullaccounting.casefile.sources.api.*;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;
import static org.fullaccounting.casefile.CaseFixtures.CASE_ID;
import static org.fullaccounting.casefile.CaseFixtures.OTHER_CASE_ID;
import static org.fullaccounting.casefile.RuleViolationMatcher.violation;

/** The source register's rules: a complete description, corrections that change it with a reason, links once per case. */
class SourceRegisterTest {

    static final UUID SOURCE = UUID.fromString("50000000-0000-4000-8000-000000000001");
    static final UUID CORRECTION = UUID.fromString("50000000-0000-4000-8000-000000000002");
    static final UUID LINK = UUID.fromString("50000000-0000-4000-8000-000000000003");

    static final SourceDescription ACHESON = new SourceDescription(DocumentKind.MEMORANDUM,
            "Memorandum by the Secretary of State to the President", HistoricalDate.of("1952-02-08"),
            List.of("Dean Acheson"), List.of("President Harry S. Truman"), "FRUS 1952-1954, vol. XV, doc. 30",
            "Published State Department record", false);

    private AggregateTestFixture<SourceRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SourceRecord.class);
    }

    private static SourceDescription titled(String title) {
        return new SourceDescription(ACHESON.kind(), title, ACHESON.date(), ACHESON.authors(), ACHESON.parties(),
                ACHESON.archiveReference(), ACHESON.reliabilityNote(), ACHESON.restricted());
    }

    @Test
    void canRegisterASource() {
        fixture.givenNoPriorActivity()
               .when(new RegisterSourceCommand(SOURCE, ACHESON))
               .expectEvents(new SourceRegisteredEvent(SOURCE, ACHESON))
               .expectResultMessagePayload(1L);
    }

    @Test
    void canRegisterASourceWithADateRangeAndNoOptionalFields() {
        SourceDescription bare = new SourceDescription(DocumentKind.DEBRIEF, "Returnee debriefs, Big Switch",
                HistoricalDate.of("1953-08-05/1953-09-06"), null, null, " ", null, true);
        fixture.givenNoPriorActivity()
               .when(new RegisterSourceCommand(SOURCE, bare))
               .expectEvents(new SourceRegisteredEvent(SOURCE, new SourceDescription(DocumentKind.DEBRIEF,
                       "Returnee debriefs, Big Switch", HistoricalDate.of("1953-08-05/1953-09-06"), List.of(),
                       List.of(), null, null, true)));
    }

    @Test
    void cannotRegisterASourceWithoutATitle() {
        fixture.givenNoPriorActivity()
               .when(new RegisterSourceCommand(SOURCE, titled("  ")))
               .expectException(violation(FIELD_REQUIRED, "title"))
               .expectNoEvents();
    }

    @Test
    void cannotRegisterASourceWithoutAKind() {
        SourceDescription noKind = new SourceDescription(null, "t", null, null, null, null, null, false);
        fixture.givenNoPriorActivity()
               .when(new RegisterSourceCommand(SOURCE, noKind))
               .expectException(violation(FIELD_REQUIRED, "kind"))
               .expectNoEvents();
    }

    @Test
    void cannotRegisterASourceWithABlankAuthor() {
        SourceDescription blankAuthor = new SourceDescription(DocumentKind.LETTER, "t", null, List.of(" "), null,
                null, null, false);
        fixture.givenNoPriorActivity()
               .when(new RegisterSourceCommand(SOURCE, blankAuthor))
               .expectException(violation(FIELD_REQUIRED, "authors"))
               .expectNoEvents();
    }

    @Test
    void canCorrectASourceSayingWhy() {
        SourceDescription corrected = titled("Memorandum by the Secretary of State (Acheson) to the President");
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new CorrectSourceCommand(SOURCE, CORRECTION, corrected, "name the Secretary"))
               .expectEvents(new SourceCorrectedEvent(SOURCE, CORRECTION, corrected, "name the Secretary"))
               .expectResultMessagePayload(2L);
    }

    @Test
    void cannotCorrectASourceWithoutAReason() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new CorrectSourceCommand(SOURCE, CORRECTION, titled("other"), " "))
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }

    @Test
    void cannotCorrectASourceToWhatItAlreadySays() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new CorrectSourceCommand(SOURCE, CORRECTION, titled(" " + ACHESON.title() + " "), "same"))
               .expectException(violation(SAME_DESCRIPTION))
               .expectNoEvents();
    }

    @Test
    void canLinkASourceToManyCases() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new LinkSourceToCasesCommand(SOURCE, LINK, List.of(CASE_ID, OTHER_CASE_ID), "held by the Communists"))
               .expectEvents(new SourceLinkedToCasesEvent(SOURCE, LINK, List.of(CASE_ID, OTHER_CASE_ID),
                       "held by the Communists"));
    }

    @Test
    void cannotLinkASourceToACaseTwice() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON),
                      new SourceLinkedToCasesEvent(SOURCE, LINK, List.of(CASE_ID), "first"))
               .when(new LinkSourceToCasesCommand(SOURCE, CORRECTION, List.of(OTHER_CASE_ID, CASE_ID), "again"))
               .expectException(violation(ALREADY_LINKED, "caseIds"))
               .expectNoEvents();
    }

    @Test
    void cannotLinkASourceToNoCase() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new LinkSourceToCasesCommand(SOURCE, LINK, List.of(), "none"))
               .expectException(violation(FIELD_REQUIRED, "caseIds"))
               .expectNoEvents();
    }

    @Test
    void cannotLinkASourceNamingACaseTwice() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new LinkSourceToCasesCommand(SOURCE, LINK, List.of(CASE_ID, CASE_ID), "twice"))
               .expectException(violation(FIELD_INVALID, "caseIds"))
               .expectNoEvents();
    }

    @Test
    void cannotLinkASourceWithoutAReason() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new LinkSourceToCasesCommand(SOURCE, LINK, List.of(CASE_ID), null))
               .expectException(violation(FIELD_REQUIRED, "reason"))
               .expectNoEvents();
    }

    static final String SHA = "a".repeat(64);

    @Test
    void canAttachTheFirstFile() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new AttachFileCommand(SOURCE, 1, " memo.pdf ", "application/pdf", 1234, SHA))
               .expectEvents(new FileAttachedEvent(SOURCE, 1, "memo.pdf", "application/pdf", 1234, SHA));
    }

    @Test
    void canAttachTheNextFile() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON),
                      new FileAttachedEvent(SOURCE, 1, "p1.png", "image/png", 10, SHA))
               .when(new AttachFileCommand(SOURCE, 2, "p2.png", "image/png", 11, SHA))
               .expectEvents(new FileAttachedEvent(SOURCE, 2, "p2.png", "image/png", 11, SHA));
    }

    @Test
    void cannotAttachUnderANumberAlreadyTakenOrSkipped() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON),
                      new FileAttachedEvent(SOURCE, 1, "p1.png", "image/png", 10, SHA))
               .when(new AttachFileCommand(SOURCE, 1, "again.png", "image/png", 11, SHA))
               .expectException(violation(FIELD_INVALID, "number"))
               .expectNoEvents();
    }

    @Test
    void cannotAttachAFileWithoutAProperSha256() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new AttachFileCommand(SOURCE, 1, "memo.pdf", "application/pdf", 10, "ABC"))
               .expectException(violation(FIELD_INVALID, "sha256"))
               .expectNoEvents();
    }

    @Test
    void cannotAttachAnEmptyFile() {
        fixture.given(new SourceRegisteredEvent(SOURCE, ACHESON))
               .when(new AttachFileCommand(SOURCE, 1, "memo.pdf", "application/pdf", 0, SHA))
               .expectException(violation(FIELD_INVALID, "file"))
               .expectNoEvents();
    }
}
