package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.EntryKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A case's history as a family reads it, in plain language and in the order things happened. It is
 * built by copying from the full history only what {@link FamilyPolicy} allows, field by field, so
 * anything the policy does not name (a new entry kind, a new field, a correction of a correction)
 * yields nothing rather than slipping through.
 *
 * <p>Deliberately absent: the version and any count (they rise with every internal note), entry
 * ids, and when and by whom anything was recorded (the office's bookkeeping, not the story; a
 * caseworker's user name is half of a credential). Nothing here changes when a hidden entry is
 * added.
 */
public record FamilyHistory(UUID caseId, Instant asOf, LocalDate validAt, List<Entry> entries) {

    /**
     * One thing that happened; {@code source} and {@code cited} only for kinds whose source a family
     * may read, and {@code cited} only for an unrestricted source of the register.
     */
    public record Entry(EntryKind kind, String happenedOn, String text, String source, Withdrawal withdrawn,
                        List<Correction> corrections, Cited cited) {

        public Entry(EntryKind kind, String happenedOn, String text, String source, Withdrawal withdrawn,
                     List<Correction> corrections) {
            this(kind, happenedOn, text, source, withdrawn, corrections, null);
        }
    }

    /** Another source's value for an allowed field of a shown entry. */
    public record Correction(String field, String value, String text, String reason, String source,
                             Withdrawal withdrawn, Cited cited) {
    }

    /**
     * A registered source as a family may see it cited: title, archive reference, where in it.
     * {@code sourceId} only when the source is linked to the case, so its page opens for the family.
     */
    public record Cited(UUID sourceId, String title, String archiveReference, String locator) {
    }

    /** The entry (or correction) was withdrawn, and why. */
    public record Withdrawal(String reason) {
    }

    public static FamilyHistory of(CaseHistory history) {
        Map<UUID, CaseHistory.Entry> byId = new HashMap<>();
        history.entries().forEach(entry -> byId.put(entry.entryId(), entry));
        List<Entry> entries = new ArrayList<>();
        for (CaseHistory.Entry entry : history.entries()) {
            if (shown(entry, byId)) {
                FamilyPolicy.Allowed allowed = FamilyPolicy.of(entry.kind()).orElseThrow();
                entries.add(new Entry(entry.kind(), entry.happenedOn(), text(entry),
                        allowed.showsSource() ? entry.source() : null, withdrawal(entry.retracted()),
                        corrections(entry.corrections(), allowed), cited(entry.cited(), allowed)));
            }
        }
        return new FamilyHistory(history.caseId(), history.asOf(), history.validAt(), List.copyOf(entries));
    }

    /**
     * An entry is shown when its kind is allowed and it is not restricted; one that refers to another
     * (an assessment of a sighting) only when that one is shown and refers to nothing itself.
     */
    private static boolean shown(CaseHistory.Entry entry, Map<UUID, CaseHistory.Entry> byId) {
        if (!standsAlone(entry)) {
            return false;
        }
        if (entry.refersTo() == null) {
            return true;
        }
        CaseHistory.Entry target = byId.get(entry.refersTo());
        return entry.kind() == EntryKind.ASSESSMENT && target != null && target.kind() == EntryKind.SIGHTING
                && standsAlone(target) && target.refersTo() == null;
    }

    private static boolean standsAlone(CaseHistory.Entry entry) {
        if (entry.kind() == EntryKind.SOURCE_LINK && (entry.cited() == null || !entry.cited().resolved()
                || entry.cited().restricted())) {
            return false;
        }
        return FamilyPolicy.of(entry.kind()).isPresent() && !entry.restricted();
    }

    private static List<Correction> corrections(List<CaseHistory.Correction> corrections,
                                                FamilyPolicy.Allowed allowed) {
        return corrections.stream()
                .filter(Objects::nonNull)
                .filter(correction -> correction.field() != null
                        && allowed.correctableFields().contains(correction.field()))
                .map(correction -> new Correction(correction.field(), correction.value(),
                        text(correction), correction.reason(), allowed.showsSource() ? correction.source() : null,
                        withdrawal(correction.retracted()), cited(correction.cited(), allowed)))
                .toList();
    }

    /**
     * A source link's text is written here from the source's title alone: the reason a caseworker
     * gave for the link may name the other cases it was linked to.
     */
    private static String text(CaseHistory.Entry entry) {
        return entry.kind() == EntryKind.SOURCE_LINK ? "Source linked: " + entry.cited().title() : entry.text();
    }

    /** Only an unrestricted source the register knows, and only for kinds whose citations a family may read. */
    private static Cited cited(CitedSource cited, FamilyPolicy.Allowed allowed) {
        if (cited == null || !allowed.showsCitation() || !cited.resolved() || cited.restricted()) {
            return null;
        }
        return new Cited(cited.linkedToCase() ? cited.sourceId() : null, cited.title(), cited.archiveReference(),
                cited.locator());
    }

    /** Written here from the allowed parts, not copied, so a richer staff text cannot leak through. */
    private static String text(CaseHistory.Correction correction) {
        String reason = correction.reason() == null || correction.reason().isBlank() ? ""
                : " " + correction.reason().trim();
        return "Another source gives " + correction.field() + " as \"" + correction.value() + "\"." + reason;
    }

    private static Withdrawal withdrawal(HistoryRow.Retraction retraction) {
        return retraction == null ? null : new Withdrawal(retraction.reason());
    }
}
