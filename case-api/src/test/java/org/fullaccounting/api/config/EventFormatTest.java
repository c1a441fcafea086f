package org.fullaccounting.api.config;

import org.fullaccounting.api.infrastructure.axon.AxonSerializers;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.fullaccounting.casefile.api.*;
import org.fullaccounting.casefile.sources.api.*;
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
 * Pins the stored JSON of every case event and every source event. A failing test here means a stored format changed:
 * if that is intended, write an upcaster for the old form and then update the approved file
 * (delete it and run the test once to have it written anew).
 */
class EventFormatTest {

    private static final Path APPROVED = Path.of("src/test/resources/event-formats");
    private static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-00000000ca5e");
    private static final UUID ENTRY = UUID.fromString("00000000-0000-0000-0000-0000000e0001");
    private static final UUID OTHER = UUID.fromString("00000000-0000-0000-0000-0000000e0002");
    private static final HistoricalDate Y1950 = HistoricalDate.of("1950-11");
    private static final UUID SOURCE = UUID.fromString("00000000-0000-0000-0000-00000000500c");
    private static final SourceDescription MEMO = new SourceDescription(DocumentKind.MEMORANDUM,
            "Memorandum by the Secretary of State to the President", HistoricalDate.of("1952-02-08/1952-02-09"),
            List.of("Dean Acheson"), List.of("Harry S. Truman"), "FRUS 1952-1954, vol. XV, doc. 30",
            "published record", false);

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
            new FileAttachedEvent(SOURCE, 1, "acheson-1952-02-08.pdf", "application/pdf", 48_213,
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));

    /** An imported opening: the same event with its casualty list's file and line, pinned on its own. */
    private static final CaseOpenedEvent IMPORTED_OPENING = new CaseOpenedEvent(CASE, "RA 11 190 352",
            new PersonName("Dumas", "Roger", "A."), null, Branch.ARMY, null, null, null, null,
            CaseStatus.MISSING_IN_ACTION, "casualty list",
            new ImportedFrom("korea.csv", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", 2));

    private final Serializer serializer = AxonSerializers.storageSerializer();

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
    void everyEventTypeHasAPinnedSample() {
        List<String> permitted = java.util.stream.Stream.concat(Arrays.stream(CaseEvent.class.getPermittedSubclasses()),
                        Arrays.stream(SourceEvent.class.getPermittedSubclasses()))
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
