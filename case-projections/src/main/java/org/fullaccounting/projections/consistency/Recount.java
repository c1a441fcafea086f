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
 * repeated here. Feed it every event of the store in order, then ask per model.
 */
public final class Recount {

    private static final Set<String> NAME_FIELDS = Set.of("name", "name.family", "name.given");

    private final Map<UUID, Tally> cases = new LinkedHashMap<>();
    private long events;

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

    public long events() {
        return events;
    }

    public int cases() {
        return cases.size();
    }

    /** The facts the named read model should state, per case, in the keys its query uses. */
    public Map<UUID, Map<String, Object>> expected(String model) {
        Map<UUID, Map<String, Object>> facts = new HashMap<>();
        cases.forEach((caseId, t) -> {
            Map<String, Object> f = facts(model, t);
            if (!f.isEmpty()) {
                facts.put(caseId, f);
            }
        });
        return facts;
    }

    private static Map<String, Object> facts(String model, Tally t) {
        Map<String, Object> f = new HashMap<>();
        switch (model) {
            case "board":
                f.put("status", t.status.name());
                f.put("lastSeenAlive", t.lastSeenAlive);
                f.put("camps", t.camps.stream().filter(id -> !t.retracted.contains(id)).count());
                f.put("unresolvedSightings", active(t, Assessment.UNRESOLVED));
                f.put("unassessedSightings", active(t, null));
                break;
            case "history":
                f.put("entries", t.events);
                f.put("retracted", (long) t.retracted.size());
                f.put("version", t.events);
                break;
            case "sightings":
                t.sightings.forEach((id, assessment) -> f.merge("sightings." + (t.retracted.contains(id) ? "RETRACTED"
                        : assessment == null ? "UNASSESSED" : assessment.name()), 1L, (a, b) -> (Long) a + (Long) b));
                break;
            case "correspondence":
                if (!t.correspondence.isEmpty()) {
                    long retracted = t.correspondence.stream().filter(t.retracted::contains).count();
                    f.put("correspondence", t.correspondence.size() - retracted);
                    f.put("correspondence.retracted", retracted);
                }
                break;
            case "search":
                f.put("serviceNumber", t.serviceNumber);
                f.put("names", t.names.stream().filter(id -> !t.retracted.contains(id)).count());
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
