package org.fullaccounting.api.web.family;

import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.FamilyHistory;
import org.fullaccounting.projections.history.HistoryRow;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the family page (FamilyHistory) keeps of a timeline: no restricted entry, no note, no witness or source of a sighting. */
class FamilyTimelineTest {

    private static final Instant RECORDED = Instant.parse("2026-11-01T10:00:00Z");

    @Test
    void familyTimelineLeavesOutRestrictedEntriesNotesAndWhoReportedASighting() {
        CaseHistory history = new CaseHistory(UUID.randomUUID(), 5, null, null, List.of(
                entry(EntryKind.CASE_OPENED, "1950-11", "Missing in action near Unsan", "Morning report", false, null),
                entry(EntryKind.SIGHTING, "1979", "Sighting reported by a foreign national source, seen near Pyongyang",
                        "Witness: Romanian engineer. Debrief 82-114", false, null),
                entry(EntryKind.CORRESPONDENCE, "1982", "Classified cable", "Cable 7", true, null),
                entry(EntryKind.NOTE, null, "Note: internal remark", null, true, null),
                entry(EntryKind.CAPTIVITY_FACT, "1950-12", "Interned in Camp 5", "Returnee debrief", false,
                        new HistoryRow.Retraction(UUID.randomUUID(), "wrong camp", RECORDED, "test-caseworker"))));

        List<FamilyHistory.Entry> family = FamilyHistory.of(history).entries();

        assertThat(family).extracting(FamilyHistory.Entry::text).containsExactly(
                "Missing in action near Unsan", "Sighting reported by a foreign national source, seen near Pyongyang",
                "Interned in Camp 5");
        assertThat(family.get(1).source()).isNull();
        assertThat(family.toString()).doesNotContain("Romanian", "Debrief 82-114", "Classified", "internal remark");
        assertThat(family.get(2).withdrawn().reason()).isEqualTo("wrong camp");
    }

    private static CaseHistory.Entry entry(EntryKind kind, String on, String text, String source, boolean restricted,
                                           HistoryRow.Retraction retracted) {
        return new CaseHistory.Entry(UUID.randomUUID(), kind, on, text, source, restricted, RECORDED, "test-caseworker",
                null, retracted, List.of());
    }
}
