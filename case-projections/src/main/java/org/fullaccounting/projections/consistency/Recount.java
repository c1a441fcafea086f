package org.fullaccounting.projections.consistency;

import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.StorableText;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Counts from the events themselves what each read model should state about each case. Written
 * apart from the projections on purpose, as plain tallies, so a bug in a projection is not
 * repeated here. Feed it every event of the store in order, then ask per model. A case whose
 * events have all been fed may be {@link #close closed}: only its counts are kept, not the ids of its
 * entries, so the whole population (81,500 cases, 10 million events) fits in a few megabytes.
 */
public final class Recount {

    private static final Set<String> NAME_FIELDS = Set.of("name", "name.family", "name.given");

    private final Map<UUID, Tally> cases = new LinkedHashMap<>();
    private final Map<UUID, Counts> closed = new LinkedHashMap<>();
    private long events;

    /** What a case's events add up to, as the read models state it: numbers, no ids. */
    private record Counts(String status, boolean lastSeenAlive, long camps, long unresolvedSightings,
                          long unassessedSightings, long events, long retracted, Map<String, Long> sightings,
                          long correspondence, long correspondenceRetracted, String serviceNumber, long names) {

        static Counts of(Tally t) {
            Map<String, Long> sightings = new HashMap<>();
            t.sightings.forEach((id, assessment) -> sightings.merge("sightings." + (t.retracted.contains(id)
                    ? "RETRACTED" : assessment == null ? "UNASSESSED" : assessment.name()), 1L, Long::sum));
            long correspondenceRetracted = t.correspondence.stream().filter(t.retracted::contains).count();
            return new Counts(t.status == null ? null : t.status.name(), t.lastSeenAlive,
                    t.camps.stream().filter(id -> !t.retracted.contains(id)).count(),
                    active(t, Assessment.UNRESOLVED), active(t, null), t.events, t.retracted.size(),
                    Map.copyOf(sightings), t.correspondence.size() - correspondenceRetracted, correspondenceRetracted,
                    t.serviceNumber, t.names.stream().filter(id -> !t.retracted.contains(id)).count());
        }
    }

    /** What one case's events add up to. */
    private static final class Tally {
        String serviceNumber;
        CaseStatus status;
        boolean lastSeenAlive;
        long events;
        final Set<UUID> retracted = new HashSet<>();
        final Set<UUID> camps = new HashSet<>();
        final Map<UUID, Assessment> sightings = new HashMap<>();
        final Set<UUID> correspondence = new HashSet<>();
        final Set<UUID> names = new HashSet<>();
    }

    public void accept(CaseEvent event) {
        if (closed.containsKey(event.caseId())) {
            throw new IllegalStateException("case " + event.caseId() + " was closed: every event of it was fed before");
        }
        events++;
        Tally t = cases.computeIfAbsent(event.caseId(), id -> new Tally());
        t.events++;
        if (event instanceof CaseOpenedEvent) {
            // As the search model stores it (StorableText), so a restored NUL is not a difference.
            t.serviceNumber = StorableText.storable(((CaseOpenedEvent) event).serviceNumber());
            t.status = ((CaseOpenedEvent) event).status();
            t.names.add(event.caseId());
        } else if (event instanceof StatusReclassifiedEvent) {
            t.status = ((StatusReclassifiedEvent) event).to();
        } else if (event instanceof PresumptiveFindingOfDeathMadeEvent) {
            t.status = CaseStatus.MISSING_PRESUMED_DEAD;
        } else if (event instanceof RemainsIdentifiedEvent) {
            t.status = CaseStatus.ACCOUNTED_FOR;
        } else if (event instanceof LastSeenAliveDesignatedEvent) {
            t.lastSeenAlive = true;
        } else if (event instanceof LastSeenAliveRemovedEvent) {
            t.lastSeenAlive = false;
        } else if (event instanceof AddedToListEvent && ((AddedToListEvent) event).lastSeenAlive() != null) {
            t.lastSeenAlive = ((AddedToListEvent) event).lastSeenAlive();
        } else if (event instanceof RemovedFromListEvent && ((RemovedFromListEvent) event).lastSeenAlive() != null) {
            t.lastSeenAlive = ((RemovedFromListEvent) event).lastSeenAlive();
        } else if (event instanceof FindingAppliedEvent && ((FindingAppliedEvent) event).finding().to() != null) {
            t.status = ((FindingAppliedEvent) event).finding().to();
        } else if (event instanceof CaptivityFactRecordedEvent) {
            if (((CaptivityFactRecordedEvent) event).kind() == CaptivityFactKind.INTERNED) {
                t.camps.add(event.entryId());
            }
        } else if (event instanceof SightingReportedEvent) {
            t.sightings.put(event.entryId(), null);
        } else if (event instanceof SightingAssessedEvent) {
            SightingAssessedEvent e = (SightingAssessedEvent) event;
            t.sightings.put(e.sightingId(), e.assessment());
        } else if (event instanceof CorrespondenceLoggedEvent) {
            t.correspondence.add(event.entryId());
        } else if (event instanceof EntryCorrectedEvent) {
            EntryCorrectedEvent e = (EntryCorrectedEvent) event;
            if (e.correctedKind() == EntryKind.CASE_OPENED
                    && NAME_FIELDS.contains(e.field().trim().toLowerCase(Locale.ROOT))) {
                t.names.add(e.entryId());
            }
        } else if (event instanceof EntryRetractedEvent) {
            EntryRetractedEvent e = (EntryRetractedEvent) event;
            t.retracted.add(e.retractedEntryId());
            if (e.restoredStatus() != null) {
                t.status = e.restoredStatus();
            }
            if (e.restoredLastSeenAlive() != null) {
                t.lastSeenAlive = e.restoredLastSeenAlive();
            }
        }
    }

    /** Every event of this case has been fed: keep its counts and let go of its entries' ids. */
    public void close(UUID caseId) {
        Tally t = cases.remove(caseId);
        if (t != null) {
            closed.put(caseId, Counts.of(t));
        }
    }

    public long events() {
        return events;
    }

    public int cases() {
        return cases.size() + closed.size();
    }

    /** The facts the named read model should state, per case, in the keys its query uses. */
    public Map<UUID, Map<String, Object>> expected(String model) {
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        closed.forEach((caseId, counts) -> put(facts, caseId, facts(model, counts)));
        cases.forEach((caseId, t) -> put(facts, caseId, facts(model, Counts.of(t))));
        return facts;
    }

    private static void put(Map<UUID, Map<String, Object>> facts, UUID caseId, Map<String, Object> f) {
        if (!f.isEmpty()) {
            facts.put(caseId, f);
        }
    }

    private static Map<String, Object> facts(String model, Counts c) {
        Map<String, Object> f = new HashMap<>();
        switch (model) {
            case "board":
                f.put("status", c.status());
                f.put("lastSeenAlive", c.lastSeenAlive());
                f.put("camps", c.camps());
                f.put("unresolvedSightings", c.unresolvedSightings());
                f.put("unassessedSightings", c.unassessedSightings());
                break;
            case "history":
                f.put("entries", c.events());
                f.put("retracted", c.retracted());
                f.put("version", c.events());
                break;
            case "sightings":
                f.putAll(c.sightings());
                break;
            case "correspondence":
                if (c.correspondence() + c.correspondenceRetracted() > 0) {
                    f.put("correspondence", c.correspondence());
                    f.put("correspondence.retracted", c.correspondenceRetracted());
                }
                break;
            case "search":
                f.put("serviceNumber", c.serviceNumber());
                f.put("names", c.names());
                break;
            default:
                throw new IllegalArgumentException("no recount for read model " + model);
        }
        return f;
    }

    private static long active(Tally t, Assessment assessment) {
        return t.sightings.entrySet().stream()
                .filter(s -> !t.retracted.contains(s.getKey()) && s.getValue() == assessment)
                .count();
    }
}
