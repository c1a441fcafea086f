package org.fullaccounting.api.config;

import org.fullaccounting.api.infrastructure.axon.AxonSerializers;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.fullaccounting.casefile.api.*;
import org.fullaccounting.casefile.people.api.*;
import org.fullaccounting.casefile.reports.api.*;
import org.fullaccounting.casefile.places.api.*;
import org.fullaccounting.casefile.remains.api.*;
import org.fullaccounting.casefile.sources.api.*;
import org.fullaccounting.casefile.lists.api.*;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Pins the stored JSON of every case event, every source event and every sighting report event. A failing test here means a stored format changed:
 * if that is intended, write an upcaster for the old form and then update the approved file
 * (delete it and run the test once to have it written anew).
 */
class EventFormatTest {

    private static final Path APPROVED = Path.of("src/test/resources/event-formats");
    private static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000ca5e");
    private static final UUID ENTRY = UUID.fromString("00000000-0000-0000-0000-0000000e0001");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-0000000e0002");
    private static final HistoricalDate Y1950 = HistoricalDate.of("1950-11");
    private static final UUID REPORT = UUID.fromString("00000000-0000-0000-0000-00000000e3e0");
    private static final UUID SOURCE = UUID.fromString("00000000-0000-0000-0000-00000000500c");
    private static final SourceDescription MEMO = new SourceDescription(DocumentKind.MEMORANDUM,
            "Memorandum by the Secretary of State to the President", HistoricalDate.of("1952-02-08/1952-02-09"),
            List.of("Dean Acheson"), List.of("Harry S. Truman"), "FRUS 1952-1954, vol. XV, doc. 30",
            "published record", false);

    private static final UUID SAMPLE_ID = UUID.fromString("00000000-0000-0000-0000-0000000d0a01");
    private static final UUID LIST = UUID.fromString("00000000-0000-0000-0000-0000000011a7");
    private static final ListEdition LAST_SEEN_ALIVE = new ListEdition(LIST, "Last Seen Alive", "DPMO", "1",
            HistoricalDate.of("2008-08-22"), true);
    private static final UUID ACCESSION = UUID.fromString("00000000-0000-0000-0000-0000000acc01");
    private static final AccessionRef BOX = new AccessionRef(ACCESSION, "K208 Box 12");
    private static final UUID PLACE = UUID.fromString("00000000-0000-0000-0000-0000000ca3b5");

    private static final List<Object> SAMPLES = List.of(
            new CaseOpenedEvent(CASE, "RA 11 190 352", new PersonName("Dumas", "Roger", "A."), "Corporal",
                    Branch.ARMY, "19th Infantry Regiment", HistoricalDate.of("1950-11-04"), "near the Yalu River",
                    "captured", CaseStatus.MISSING_IN_ACTION, "petition"),
            new CaptivityFactRecordedEvent(CASE, ENTRY, CaptivityFactKind.INTERNED, Y1950, "Pyoktong", null,
                    "Camp 5", null, "petition"),
            new SightingReportedEvent(CASE, ENTRY, HistoricalDate.of("1979"), HistoricalDate.of("1982"),
                    "collective farm", SourceKind.FOREIGN_NATIONAL, "engineer", "50 Americans", "petition"),
            new SightingAssessedEvent(CASE, ENTRY, OTHER, Assessment.UNRESOLVED, null, "unnamed"),
            new StatusReclassifiedEvent(CASE, ENTRY, CaseStatus.MISSING_PRESUMED_DEAD, CaseStatus.PRISONER_OF_WAR,
                    HistoricalDate.of("circa 1983"), "court order", "ordered", "petition"),
            new PresumptiveFindingOfDeathMadeEvent(CASE, ENTRY, CaseStatus.MISSING_IN_ACTION,
                    HistoricalDate.of("1954-02-26"), HistoricalDate.of("1953-11"), "Department of the Army",
                    "37 U.S.C. 555", "The Day, 24 Jun 2018"),
            new NonRecoverableDesignatedEvent(CASE, ENTRY, HistoricalDate.of("1996"), "DPMO analysts",
                    "cemetery flooded", "analytic memorandum"),
            new NonRecoverableReopenedEvent(CASE, ENTRY, HistoricalDate.of("2018-07"), "K55 boxes", "DPAA notice"),
            new CorrespondenceLoggedEvent(CASE, ENTRY, HistoricalDate.of("1954-01-26"), CorrespondenceKind.LETTER,
                    Direction.THIRD_PARTY, "Gen. Lee Sang Cho", "NNRC", "prisoners", "held", "004", true),
            new LastSeenAliveDesignatedEvent(CASE, ENTRY, "LSA list", "seen in 1953"),
            new LastSeenAliveRemovedEvent(CASE, ENTRY, "board", "remains identified"),
            new RemainsRecoveredEvent(CASE, ENTRY, HistoricalDate.of("2018-07"), "Wonsan", "K55", "DPAA"),
            new RemainsIdentifiedEvent(CASE, ENTRY, HistoricalDate.of("2020"), IdentificationMethod.MTDNA,
                    CaseStatus.PRISONER_OF_WAR, "DPAA"),
            new NoteAddedEvent(CASE, ENTRY, "called the family"),
            new EntryRetractedEvent(CASE, ENTRY, OTHER, EntryKind.RECLASSIFICATION, "wrong case",
                    CaseStatus.MISSING_IN_ACTION, null),
            new EntryCorrectedEvent(CASE, ENTRY, OTHER, EntryKind.RECLASSIFICATION, "effectiveOn", "1984",
                    "sources disagree", "second source"),
            new FamilyMemberLinkedEvent(CASE, ENTRY, "bill.dumas", "nephew, signed the family petition"),
            new FamilyMemberUnlinkedEvent(CASE, ENTRY, "bill.dumas", "asked to be removed"),
            new SourceRegisteredEvent(SOURCE, MEMO),
            new SourceCorrectedEvent(SOURCE, ENTRY, MEMO, "archive reference added"),
            new SourceLinkedToCasesEvent(SOURCE, ENTRY, List.of(CASE, OTHER), "concerns all prisoners"),
            new SightingReportFiledEvent(REPORT, HistoricalDate.of("1996/1997"), HistoricalDate.of("2003"),
                    "a concentration camp", SourceKind.DEFECTOR, "Lt. Col. Kim Yong", "several American prisoners",
                    SOURCE),
            new CaseCorrelatedEvent(REPORT, CASE, Assessment.UNRESOLVED, "held until at least 1953"),
            new CorrelationAssessedEvent(REPORT, CASE, Assessment.NOT_CORRELATED, Assessment.UNRESOLVED,
                    "died in Camp 5 in 1951"),
            new FileAttachedEvent(SOURCE, 1, "acheson-1952-02-08.pdf", "application/pdf", 48_213,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"),
            new PersonAddedEvent(CASE, ENTRY, "Robert (Bob) Dumas", Relationship.BROTHER, HistoricalDate.of("1931")),
            new PersonCorrectedEvent(CASE, ENTRY, "Robert Dumas", Relationship.BROTHER, null, "as in his obituary"),
            new PersonDiedEvent(CASE, ENTRY, HistoricalDate.of("2021-02-06"), "Beacon, 16 Feb 2021"),
            new PrimaryNextOfKinNamedEvent(CASE, OTHER, ENTRY, HistoricalDate.of("2021-02-06"),
                    "succession on the death of Robert (Bob) Dumas"),
            new ContactDetailsChangedEvent(CASE, OTHER, new ContactDetails("1 Main St, Canterbury CT", null,
                    "+1 860 555 0100")),
            new ConsentsRecordedEvent(CASE, OTHER, new Consents(true, true, false), "signed consent form"),
            new AccountLinkedToPersonEvent(CASE, OTHER, "bill.dumas", "his own account"),
            new ReferenceSampleRequestedEvent(CASE, SAMPLE_ID, ENTRY, SampleType.MTDNA, Line.MATERNAL,
                    java.time.LocalDate.of(2005, 3, 1)),
            new ReferenceSampleReceivedEvent(CASE, SAMPLE_ID, java.time.LocalDate.of(2005, 4, 2)),
            new ReferenceSampleProcessedEvent(CASE, SAMPLE_ID, java.time.LocalDate.of(2005, 6, 30), "AFDIL-05-0173"),
            new AddedToListEvent(CASE, ENTRY, LAST_SEEN_ALIVE, "DPMO list", SOURCE, "named on the list", true),
            new RemovedFromListEvent(CASE, ENTRY, LAST_SEEN_ALIVE, "DPAA letter", null, "remains identified", false),
            new FindingAppliedEvent(CASE, ENTRY, new Finding(OTHER, "Findings of death under the Missing Persons Act",
                    "Department of the Army", HistoricalDate.of("1954-02-26"), "The Day, 24 Jun 2018", SOURCE,
                    CaseStatus.MISSING_PRESUMED_DEAD), CaseStatus.MISSING_IN_ACTION),
            new ListCreatedEvent(LIST, "Last Seen Alive", "DPMO", "1", HistoricalDate.of("2008-08-22"), true),
            new ListRevisedEvent(LIST, ENTRY, "2", HistoricalDate.of("circa 2014"), "DPAA's edition"),
            new AccessionCandidacyRecordedEvent(CASE, ENTRY, BOX, HistoricalDate.of("1993-11"), "same unit"),
            new AccessionExclusionRecordedEvent(CASE, ENTRY, BOX, "dental chart differs"),
            new AccessionReceivedEvent(ACCESSION, new AccessionDescription("K208 Box 12", HistoricalDate.of("1993-11"),
                    "K208 unilateral turnover", "Box 12")),
            new CandidateAddedEvent(ACCESSION, CASE, "same unit"),
            new CandidateExcludedEvent(ACCESSION, OTHER, "dental chart differs"),
            new CandidateIdentifiedEvent(ACCESSION, CASE, IdentificationMethod.MTDNA, HistoricalDate.of("2004-06"),
                    "mtDNA 04-117"),
            new IncidentRecordedEvent(PLACE, new IncidentDescription("Unsan", HistoricalDate.of("1950-11-01/1950-11-02"),
                    "Unsan", List.of("8th Cavalry Regiment"))),
            new CasesLinkedToIncidentEvent(PLACE, ENTRY, List.of(CASE), "morning report"),
            new CampRecordedEvent(PLACE, new CampDescription("Camp 5", "Pyoktong", List.of("Pyoktong"))),
            new CasesLinkedToCampEvent(PLACE, ENTRY, List.of(CASE), "returnee debriefs"));

    /** An identification in a remains accession: the same event with the accession, pinned on its own. */
    private static final RemainsIdentifiedEvent IDENTIFIED_IN_ACCESSION = new RemainsIdentifiedEvent(CASE, ENTRY,
            HistoricalDate.of("2004-06"), IdentificationMethod.MTDNA, CaseStatus.MISSING_PRESUMED_DEAD, "mtDNA 04-117",
            BOX);

    /** An imported opening: the same event with its casualty list's file and line, pinned on its own. */
    private static final CaseOpenedEvent IMPORTED_OPENING = new CaseOpenedEvent(CASE, "RA 11 190 352",
            new PersonName("Dumas", "Roger", "A."), null, Branch.ARMY, null, null, null, null,
            CaseStatus.MISSING_IN_ACTION, "casualty list",
            new ImportedFrom("korea.csv", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 2));

    /**
     * Entries citing a registered source, pinned on their own: the samples above cite nothing and so
     * pin that an entry without a citation is stored exactly as before citations existed.
     */
    private static final Map<String, CaseEvent> CITING = Map.of(
            "StatusReclassifiedEvent-cited", new StatusReclassifiedEvent(CASE, ENTRY,
                    CaseStatus.MISSING_PRESUMED_DEAD, CaseStatus.PRISONER_OF_WAR, HistoricalDate.of("circa 1983"),
                    "court order", "ordered", null, new Citation(SOURCE, "p. 4, para. 2")),
            "NoteAddedEvent-cited", new NoteAddedEvent(CASE, ENTRY, "compare the rosters",
                    new Citation(SOURCE, null)),
            "PresumptiveFindingOfDeathMadeEvent-cited", new PresumptiveFindingOfDeathMadeEvent(CASE, ENTRY,
                    CaseStatus.MISSING_IN_ACTION, HistoricalDate.of("1954-02-26"), HistoricalDate.of("1954-02-26"),
                    "Department of the Army", null, null, new Citation(SOURCE, "para. 12")),
            "NonRecoverableDesignatedEvent-cited", new NonRecoverableDesignatedEvent(CASE, ENTRY,
                    HistoricalDate.of("1996"), "DPMO analysts", "reservoir", "analytic memorandum",
                    new Citation(SOURCE, null)),
            "NonRecoverableReopenedEvent-cited", new NonRecoverableReopenedEvent(CASE, ENTRY,
                    HistoricalDate.of("2018-07"), "K55 boxes", null, new Citation(SOURCE, "p. 2")));

    private final Serializer serializer = AxonSerializers.storageSerializer();

    @Test
    void aCitingEntryIsStoredAsApprovedAndReadsBack() throws IOException {
        for (Map.Entry<String, CaseEvent> sample : new java.util.TreeMap<>(CITING).entrySet()) {
            String json = new String(serializer.serialize(sample.getValue(), byte[].class).getData(),
                    StandardCharsets.UTF_8);
            Path approved = APPROVED.resolve(sample.getKey() + ".json");
            if (!Files.exists(approved)) {
                Files.writeString(approved, json + "\n");
                fail("no approved file for " + sample.getKey() + "; written now, review and commit it");
            }
            assertThat(json).isEqualTo(Files.readString(approved).strip());
            SerializedObject<byte[]> stored = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                    byte[].class, sample.getValue().getClass().getName(), null);
            assertThat((Object) serializer.deserialize(stored)).isEqualTo(sample.getValue());
        }
    }

    @Test
    void anImportedOpeningIsStoredAsApprovedAndReadsBack() throws IOException {
        String json = new String(serializer.serialize(IMPORTED_OPENING, byte[].class).getData(), StandardCharsets.UTF_8);
        Path approved = APPROVED.resolve("CaseOpenedEvent-imported.json");
        if (!Files.exists(approved)) {
            Files.writeString(approved, json + "\n");
            fail("no approved file for an imported opening; written now, review and commit it");
        }
        assertThat(json).isEqualTo(Files.readString(approved).strip());
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, CaseOpenedEvent.class.getName(), null);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(IMPORTED_OPENING);
    }

    @Test
    void anIdentificationInAnAccessionIsStoredAsApprovedAndReadsBack() throws IOException {
        String json = new String(serializer.serialize(IDENTIFIED_IN_ACCESSION, byte[].class).getData(),
                StandardCharsets.UTF_8);
        Path approved = APPROVED.resolve("RemainsIdentifiedEvent-in-accession.json");
        if (!Files.exists(approved)) {
            Files.writeString(approved, json + "\n");
            fail("no approved file for an identification in an accession; written now, review and commit it");
        }
        assertThat(json).isEqualTo(Files.readString(approved).strip());
        SerializedObject<byte[]> stored = new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, RemainsIdentifiedEvent.class.getName(), null);
        assertThat((Object) serializer.deserialize(stored)).isEqualTo(IDENTIFIED_IN_ACCESSION);
    }

    @Test
    void everyEventTypeHasAPinnedSample() {
        List<String> permitted = java.util.stream.Stream.of(CaseEvent.class, SourceEvent.class, PeopleEvent.class,
                        SightingReportEvent.class, ListEvent.class, AccessionEvent.class, IncidentEvent.class,
                        CampEvent.class)
                .flatMap(type -> Arrays.stream(type.getPermittedSubclasses()))
                .map(Class::getSimpleName).sorted().toList();
        List<String> sampled = SAMPLES.stream().map(e -> e.getClass().getSimpleName()).sorted().toList();

        assertThat(sampled).isEqualTo(permitted);
    }

    @Test
    void everyEventIsStoredExactlyAsApproved() throws IOException {
        Map<String, String> mismatches = new java.util.TreeMap<>();
        for (Object event : SAMPLES) {
            String json = new String(serializer.serialize(event, byte[].class).getData(), StandardCharsets.UTF_8);
            Path approved = APPROVED.resolve(event.getClass().getSimpleName() + ".json");
            if (!Files.exists(approved)) {
                Files.createDirectories(APPROVED);
                Files.writeString(approved, json + "\n");
                mismatches.put(event.getClass().getSimpleName(), "no approved file; written now, review and commit it");
            } else if (!Files.readString(approved).strip().equals(json)) {
                mismatches.put(event.getClass().getSimpleName(), "stored as " + json);
            }
        }
        if (!mismatches.isEmpty()) {
            fail("stored event formats changed (write an upcaster):\n" + mismatches.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining("\n")));
        }
    }

    @Test
    void everyApprovedFormReadsBackIntoTheSameEvent() throws IOException {
        Map<String, Object> byName = SAMPLES.stream()
                .collect(Collectors.toMap(e -> e.getClass().getSimpleName(), Function.identity()));
        for (Map.Entry<String, Object> sample : byName.entrySet()) {
            byte[] stored = Files.readString(APPROVED.resolve(sample.getKey() + ".json")).strip()
                    .getBytes(StandardCharsets.UTF_8);
            SerializedObject<byte[]> serialized = new SimpleSerializedObject<>(stored, byte[].class,
                    sample.getValue().getClass().getName(), null);

            assertThat((Object) serializer.deserialize(serialized)).isEqualTo(sample.getValue());
        }
    }
}
