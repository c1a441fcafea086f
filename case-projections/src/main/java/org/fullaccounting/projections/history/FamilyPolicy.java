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

    /**
     * One kind's allowance: does its free-text source show, does a registered source it cites show
     * (only ever when unrestricted, FamilyHistory), which corrected fields show.
     */
    record Allowed(boolean showsSource, boolean showsCitation, Set<String> correctableFields) {

        /** A kind whose cited registered sources show exactly when its free-text source does. */
        Allowed(boolean showsSource, Set<String> correctableFields) {
            this(showsSource, showsSource, correctableFields);
        }
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
        // Determinations are facts about their case: the finding shows its source (the finding itself);
        // a non-recoverable conclusion cites analysts' work, which may be restricted: its source is not shown.
        allowed.put(EntryKind.PRESUMPTIVE_FINDING, new Allowed(true, Set.of("foundOn", "presumedDeathOn", "authority",
                "reason")));
        allowed.put(EntryKind.NON_RECOVERABLE, new Allowed(false, Set.of("designatedOn", "reopenedOn", "reason")));
        allowed.put(EntryKind.REMAINS_IDENTIFIED, new Allowed(true, Set.of("identifiedOn", "method")));
        // A list membership shows the list's name, keeper and edition (its text), never its free-text
        // source or reason, which may name the list's other members; nor may a correction add them. A
        // registered source it cites shows as every citation does: only when the register has it
        // unrestricted, by its title, archive reference and locator.
        allowed.put(EntryKind.LIST_MEMBERSHIP, new Allowed(false, true, Set.of()));
        // A finding made for many cases shows as it concerns this one: title, by whom, date, source.
        allowed.put(EntryKind.FINDING, new Allowed(true, Set.of("date", "by", "title")));
        // That their case was considered in an accession (its name and date, in the entry's text), never
        // why (the reason may name other candidates) and never the accession's other candidates. An
        // exclusion is not shown: its reason compares with other men's remains.
        allowed.put(EntryKind.ACCESSION_CANDIDACY, new Allowed(false, Set.of()));
        // A document of the register linked to the case: shown only when the source is unrestricted
        // (FamilyHistory), by its title, never with the reason given for the link.
        allowed.put(EntryKind.SOURCE_LINK, new Allowed(true, Set.of()));
        return Map.copyOf(allowed);
    }
}
