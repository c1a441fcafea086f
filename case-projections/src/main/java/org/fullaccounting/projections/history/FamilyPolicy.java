package org.fullaccounting.projections.history;

import org.fullaccounting.casefile.api.EntryKind;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a family may read, as an allow-list: the entry kinds shown to them, whether an entry of that
 * kind shows its source, and which of its fields a correction may be shown for. A kind not listed
 * here (notes, family links, corrections and retractions as entries of their own, any kind added
 * later) is never shown; a correction of a field not listed (a sighting's witness or source, a
 * letter's restricted flag or document reference, any field name a caseworker types) is never shown.
 *
 * <p>Field names are the ones of the event and the request (as the sample data uses them: "place" of
 * a capture, "effectiveOn" of a court order), matched exactly.
 */
final class FamilyPolicy {

    /** One kind's allowance: does its source show, which corrected fields show. */
    record Allowed(boolean showsSource, Set<String> correctableFields) {
    }

    private static final Map<EntryKind, Allowed> ALLOWED = allowed();

    private FamilyPolicy() {
    }

    static Optional<Allowed> of(EntryKind kind) {
        return Optional.ofNullable(kind == null ? null : ALLOWED.get(kind));
    }

    private static Map<EntryKind, Allowed> allowed() {
        Map<EntryKind, Allowed> allowed = new EnumMap<>(EntryKind.class);
        allowed.put(EntryKind.CASE_OPENED, new Allowed(true, Set.of("serviceNumber", "name", "rank", "branch", "unit",
                "lossDate", "lossPlace", "circumstances")));
        allowed.put(EntryKind.CAPTIVITY_FACT, new Allowed(true, Set.of("on", "place", "by", "camp", "destination")));
        // A sighting's source names who reported it (the witness) and the report: neither is shown,
        // nor are corrections of them; intelligence reports are restricted entries and never shown.
        allowed.put(EntryKind.SIGHTING, new Allowed(false, Set.of("observedOn", "reportedOn", "place",
                "description")));
        allowed.put(EntryKind.ASSESSMENT, new Allowed(false, Set.of("assessment", "reason")));
        allowed.put(EntryKind.RECLASSIFICATION, new Allowed(true, Set.of("effectiveOn", "authority", "reason")));
        // Only correspondence not marked restricted (restricted entries are never shown).
        allowed.put(EntryKind.CORRESPONDENCE, new Allowed(true, Set.of("date", "kind", "direction", "from", "to",
                "subject", "summary")));
        allowed.put(EntryKind.LAST_SEEN_ALIVE, new Allowed(true, Set.of("reason")));
        allowed.put(EntryKind.REMAINS_RECOVERED, new Allowed(true, Set.of("recoveredOn", "place", "operation")));
        allowed.put(EntryKind.REMAINS_IDENTIFIED, new Allowed(true, Set.of("identifiedOn", "method")));
        return Map.copyOf(allowed);
    }
}
