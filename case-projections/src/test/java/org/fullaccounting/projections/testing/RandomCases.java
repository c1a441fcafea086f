package org.fullaccounting.projections.testing;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fullaccounting.casefile.api.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Random cases for property tests of what families may read: every entry kind, every sighting
 * source kind, restricted flags, assessments, corrections of entries and of corrections, retractions
 * of entries and of corrections. Every value a family must never read is a unique marker starting
 * with {@link #MARKER}; everything else is plain text without it. Which event is hidden from a
 * family is decided here from the rules as the README states them, independently of the code
 * under test.
 */
public final class RandomCases {

    public static final String MARKER = "SECRET";

    /** Field names a caseworker may type into a correction that a family may read, per corrected kind. */
    static final Map<EntryKind, Set<String>> FAMILY_FIELDS = Map.of(
            EntryKind.CASE_OPENED, Set.of("lossDate", "lossPlace", "circumstances", "unit"),
            EntryKind.CAPTIVITY_FACT, Set.of("on", "place", "camp"),
            EntryKind.SIGHTING, Set.of("observedOn", "place", "description"),
            EntryKind.RECLASSIFICATION, Set.of("effectiveOn", "authority"),
            EntryKind.CORRESPONDENCE, Set.of("date", "subject", "summary"),
            EntryKind.REMAINS_RECOVERED, Set.of("place", "operation"));
    /** Fields a family must never read a correction of, whatever the entry. */
    static final List<String> HIDDEN_FIELDS = List.of("witness", "source", "sourceKind", "restricted",
            "documentRef", "text", "username", "Witness", "notes");
    /** Kinds whose own source a family reads (a sighting's or an assessment's it does not). */
    static final Set<EntryKind> SOURCE_SHOWN = Set.of(EntryKind.CASE_OPENED, EntryKind.CAPTIVITY_FACT,
            EntryKind.RECLASSIFICATION, EntryKind.CORRESPONDENCE, EntryKind.LAST_SEEN_ALIVE,
            EntryKind.REMAINS_RECOVERED, EntryKind.REMAINS_IDENTIFIED);
    private static final List<String> DATES = List.of("1950", "1950-11", "1950-11-04", "circa 1953", "1979", "1996-07");

    public enum Action {
        SIGHTING, ASSESSMENT, RECLASSIFICATION, CORRESPONDENCE, CAPTIVITY, REMAINS_RECOVERED, REMAINS_IDENTIFIED,
        LAST_SEEN_ALIVE, LAST_SEEN_ALIVE_REMOVED, NOTE, FAMILY_LINK, FAMILY_UNLINK, CORRECTION, RETRACTION
    }

    /** One random step; {@code pick} chooses a target or a variant, {@code flag} a restricted flag or the like. */
    public record Step(Action action, int pick, int variant, boolean flag) {
    }

    /** An event and whether a family may know it exists. */
    public record Generated(CaseEvent event, boolean hidden) {
    }

    /** The case's events in recording order (the opening first). */
    public record Case(UUID caseId, List<Generated> events) {

        public List<CaseEvent> all() {
            return events.stream().map(Generated::event).toList();
        }

        /** The events a family may know of; the family's view must be the same with or without the rest. */
        public List<CaseEvent> visibleOnly() {
            return events.stream().filter(e -> !e.hidden()).map(Generated::event).toList();
        }
    }

    private RandomCases() {
    }

    public static Arbitrary<List<Step>> steps(int maxSteps) {
        return Combinators.combine(Arbitraries.of(Action.class), Arbitraries.integers().between(0, 1000),
                        Arbitraries.integers().between(0, 1000), Arbitraries.of(true, false))
                .as(Step::new).list().ofMinSize(1).ofMaxSize(maxSteps);
    }

    public static Case build(UUID caseId, List<Step> steps) {
        return new Builder(caseId).build(steps);
    }

    /** Keeps what each entry is, so corrections and retractions know their target's kind and visibility. */
    private static final class Builder {
        private record Known(UUID id, EntryKind kind, boolean hidden, boolean annotation) {
        }

        private final UUID caseId;
        private final List<Known> known = new ArrayList<>();
        private final List<Generated> events = new ArrayList<>();
        private int counter;

        Builder(UUID caseId) {
            this.caseId = caseId;
        }

        Case build(List<Step> steps) {
            add(new CaseOpenedEvent(caseId, "RA" + clear(), new PersonName("Dumas", "Roger", "A."), "Corporal",
                    Branch.ARMY, "19th Infantry " + clear(), HistoricalDate.of("1950-11-04"), "Yalu " + clear(),
                    "Captured " + clear(), CaseStatus.MISSING_IN_ACTION, "petition " + clear()),
                    EntryKind.CASE_OPENED, false, false);
            for (int i = 0; i < steps.size(); i++) {
                step(steps.get(i), UUID.nameUUIDFromBytes((caseId + "/" + i).getBytes()));
            }
            return new Case(caseId, List.copyOf(events));
        }

        private void step(Step s, UUID id) {
            switch (s.action()) {
                case SIGHTING -> {
                    SourceKind kind = SourceKind.values()[s.variant() % SourceKind.values().length];
                    boolean hidden = kind == SourceKind.INTELLIGENCE_REPORT;
                    add(new SightingReportedEvent(caseId, id, date(s), date(s.pick()), text(hidden), kind, secret(),
                            text(hidden), secret()), EntryKind.SIGHTING, hidden, false);
                }
                case ASSESSMENT -> target(s, EntryKind.SIGHTING).ifPresent(t -> add(new SightingAssessedEvent(caseId,
                        id, t.id(), Assessment.values()[s.variant() % Assessment.values().length], null,
                        text(t.hidden())), EntryKind.ASSESSMENT, t.hidden(), false));
                case RECLASSIFICATION -> add(new StatusReclassifiedEvent(caseId, id, CaseStatus.MISSING_IN_ACTION,
                        CaseStatus.values()[s.variant() % CaseStatus.values().length], date(s), "court " + clear(),
                        clear(), "order " + clear()), EntryKind.RECLASSIFICATION, false, false);
                case CORRESPONDENCE -> add(new CorrespondenceLoggedEvent(caseId, id, date(s),
                        CorrespondenceKind.values()[s.variant() % CorrespondenceKind.values().length],
                        Direction.values()[s.pick() % Direction.values().length], text(s.flag()), text(s.flag()),
                        text(s.flag()), text(s.flag()), text(s.flag()), s.flag()), EntryKind.CORRESPONDENCE,
                        s.flag(), false);
                case CAPTIVITY -> add(new CaptivityFactRecordedEvent(caseId, id,
                        CaptivityFactKind.values()[s.variant() % CaptivityFactKind.values().length], date(s),
                        "near " + clear(), clear(), "Camp " + clear(), "to " + clear(), "debrief " + clear()),
                        EntryKind.CAPTIVITY_FACT, false, false);
                case REMAINS_RECOVERED -> add(new RemainsRecoveredEvent(caseId, id, date(s), "at " + clear(),
                        "K208 " + clear(), "report " + clear()), EntryKind.REMAINS_RECOVERED, false, false);
                case REMAINS_IDENTIFIED -> add(new RemainsIdentifiedEvent(caseId, id, date(s),
                        IdentificationMethod.values()[s.variant() % IdentificationMethod.values().length],
                        CaseStatus.MISSING_IN_ACTION, "lab " + clear()), EntryKind.REMAINS_IDENTIFIED, false, false);
                case LAST_SEEN_ALIVE -> add(new LastSeenAliveDesignatedEvent(caseId, id, "list " + clear(), clear()),
                        EntryKind.LAST_SEEN_ALIVE, false, false);
                case LAST_SEEN_ALIVE_REMOVED -> add(new LastSeenAliveRemovedEvent(caseId, id, "list " + clear(),
                        clear()), EntryKind.LAST_SEEN_ALIVE, false, false);
                case NOTE -> add(new NoteAddedEvent(caseId, id, secret()), EntryKind.NOTE, true, false);
                case FAMILY_LINK -> add(new FamilyMemberLinkedEvent(caseId, id, secret(), secret()),
                        EntryKind.FAMILY_LINK, true, false);
                case FAMILY_UNLINK -> add(new FamilyMemberUnlinkedEvent(caseId, id, secret(), secret()),
                        EntryKind.FAMILY_LINK, true, false);
                case CORRECTION -> correction(s, id);
                case RETRACTION -> retraction(s, id);
            }
        }

        /**
         * A correction is seen only when it corrects an allowed field of a seen entry that is not itself
         * a correction or retraction; its source only when that entry's kind shows its source.
         */
        private void correction(Step s, UUID id) {
            Known target = known.get(s.pick() % known.size());
            Set<String> allowed = target.annotation() ? Set.of() : FAMILY_FIELDS.getOrDefault(target.kind(), Set.of());
            boolean useAllowed = s.flag() && !allowed.isEmpty();
            String field = useAllowed ? List.copyOf(allowed).stream().sorted().toList().get(s.variant() % allowed.size())
                    : HIDDEN_FIELDS.get(s.variant() % HIDDEN_FIELDS.size());
            boolean hidden = target.hidden() || target.annotation() || !allowed.contains(field);
            String value = field.toLowerCase().contains("date") || field.equals("on") || field.equals("observedOn")
                    || field.equals("effectiveOn") ? (hidden ? secret() : "1951") : text(hidden);
            String source = hidden || !SOURCE_SHOWN.contains(target.kind()) ? secret() : clear();
            add(new EntryCorrectedEvent(caseId, id, target.id(), target.kind(), field, value, text(hidden), source),
                    EntryKind.CORRECTION, hidden, true);
        }

        /** A retraction is seen (as the withdrawal of its target) exactly when its target is. */
        private void retraction(Step s, UUID id) {
            Known target = known.get(s.pick() % known.size());
            if (target.kind() == EntryKind.RETRACTION) {
                return;
            }
            add(new EntryRetractedEvent(caseId, id, target.id(), target.kind(), text(target.hidden()), null, null),
                    EntryKind.RETRACTION, target.hidden(), true);
        }

        private java.util.Optional<Known> target(Step s, EntryKind kind) {
            List<Known> candidates = known.stream().filter(k -> k.kind() == kind).toList();
            return candidates.isEmpty() ? java.util.Optional.empty()
                    : java.util.Optional.of(candidates.get(s.pick() % candidates.size()));
        }

        private void add(CaseEvent event, EntryKind kind, boolean hidden, boolean annotation) {
            known.add(new Known(event.entryId(), kind, hidden, annotation));
            events.add(new Generated(event, hidden));
        }

        private HistoricalDate date(Step s) {
            return date(s.variant());
        }

        private HistoricalDate date(int pick) {
            return HistoricalDate.of(DATES.get(pick % DATES.size()));
        }

        private String text(boolean hidden) {
            return hidden ? secret() : clear();
        }

        private String secret() {
            return MARKER + (++counter) + "x";
        }

        private String clear() {
            return "plain" + (++counter) + "x";
        }
    }
}
