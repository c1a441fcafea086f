package org.fullaccounting.casefile.population;

import org.fullaccounting.casefile.api.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.fullaccounting.casefile.population.Vocabulary.*;

/**
 * The life of one synthetic case, from its opening to its last entry: correspondence most of all,
 * notes, sightings and their assessments, captivity facts, reclassifications (some retracted
 * again), retractions and corrections (the name's other spellings among them), the Last Seen Alive
 * designation, and for a few cases remains recovered and identified. It keeps just enough of the
 * case's state to send only commands the case accepts.
 */
final class CaseStory {

    /** One case in this many has thousands of entries: the long tail. */
    static final int LONG_TAIL_ONE_IN = 500;
    private static final Instant FIRST_RECORDING = Instant.parse("1996-01-02T09:00:00Z");
    private static final Instant LAST_RECORDING = Instant.parse("2025-12-31T17:00:00Z");

    private final SplittableRandom random;
    private final int index;
    private final CaseStatus openingStatus;
    private final long place;
    private final UUID caseId;
    private final List<GeneratedCase.Recorded> recorded = new ArrayList<>();
    private final List<UUID> retractable = new ArrayList<>();
    private final Map<UUID, Assessment> sightings = new HashMap<>();
    private final List<UUID> reclassifications = new ArrayList<>();
    private final List<CaseStatus> replaced = new ArrayList<>();
    private CaseStatus status;
    private boolean lastSeenAlive;
    private UUID recovery;
    private Instant clock;
    private long minutesApart;

    CaseStory(SplittableRandom random, int index, CaseStatus openingStatus, long place) {
        this.random = random;
        this.index = index;
        this.openingStatus = openingStatus;
        this.place = place;
        this.caseId = uuid();
        this.status = openingStatus;
    }

    GeneratedCase tell() {
        int entries = entries();
        clock = FIRST_RECORDING.plus(Duration.ofMinutes(random.nextLong(60L * 24 * 365 * 20)));
        // Entries come at most this far apart, so the last is still recorded before LAST_RECORDING.
        minutesApart = Math.max(2, Duration.between(clock, LAST_RECORDING).toMinutes() / (entries + 1));
        record(Openings.open(random, caseId, place, openingStatus));
        boolean recovers = random.nextInt(100) < 7;
        while (recorded.size() < entries) {
            if (recovers && recovery == null && recorded.size() >= entries * 4 / 5) {
                recoverAndIdentify();
            } else {
                next();
            }
        }
        return new GeneratedCase(recorded.subList(0, entries));
    }

    /** About 120 on average: most cases hold tens to a few hundred entries, one in 500 thousands. */
    private int entries() {
        if (random.nextInt(LONG_TAIL_ONE_IN) == 0) {
            return 2_000 + random.nextInt(10_000);
        }
        return 3 + (int) (-Math.log(1 - random.nextDouble()) * 103);
    }

    private void next() {
        int roll = random.nextInt(100);
        if (roll < 36) {
            correspondence();
        } else if (roll < 54) {
            note("Research note " + recorded.size() + ": " + pick(random, PLACES) + " records reviewed.");
        } else if (roll < 64) {
            sighting();
        } else if (roll < 72 && !sightings.isEmpty()) {
            assessment();
        } else if (roll < 78) {
            correction();
        } else if (roll < 83 && !retractable.isEmpty()) {
            retraction();
        } else if (roll < 87) {
            reclassification();
        } else if (roll < 90 && recorded.size() > 2 && reclassifications.size() > 0) {
            retractLatestReclassification();
        } else if (roll < 96) {
            captivity();
        } else {
            lastSeenAlive();
        }
    }

    private void correspondence() {
        Direction direction = pick(random, List.of(Direction.values()));
        UUID entryId = uuid();
        record(new LogCorrespondenceCommand(caseId, entryId, date(random, 1953, 2024),
                pick(random, List.of(CorrespondenceKind.values())), direction,
                direction == Direction.INCOMING ? "Family of the serviceman" : "DPAA casualty office",
                direction == Direction.INCOMING ? "DPAA casualty office" : "Primary next of kin",
                "Case update " + recorded.size(), "Status of the search and the records reviewed.",
                random.nextInt(4) == 0 ? "DOC-" + index + "-" + recorded.size() : null,
                random.nextInt(10) == 0, null));
        retractable.add(entryId);
    }

    private void note(String text) {
        UUID entryId = uuid();
        record(new AddNoteCommand(caseId, entryId, text, null));
        retractable.add(entryId);
    }

    private void sighting() {
        HistoricalDate observed = date(random, 1950, 1990);
        HistoricalDate reported = date(random, observed.latestDay().getYear() + 1, 2000);
        UUID entryId = uuid();
        record(new ReportSightingCommand(caseId, entryId, observed, reported, pick(random, PLACES),
                pick(random, List.of(SourceKind.values())), random.nextBoolean() ? "Witness " + index : null,
                "An American matching his description seen near " + pick(random, CAMPS),
                "Sighting report " + index + "-" + recorded.size(), null));
        sightings.put(entryId, null);
        retractable.add(entryId);
    }

    private void assessment() {
        List<UUID> open = new ArrayList<>(sightings.keySet());
        open.sort(null);
        UUID sighting = pick(random, open);
        Assessment to = pick(random, List.of(Assessment.values()));
        if (to == sightings.get(sighting)) {
            to = Assessment.values()[(to.ordinal() + 1) % Assessment.values().length];
        }
        record(new AssessSightingCommand(caseId, uuid(), sighting, to, "Analyst review of the report", null));
        sightings.put(sighting, to);
    }

    /** Half the corrections give another spelling of the name the case was opened under. */
    private void correction() {
        OpenCaseCommand opening = (OpenCaseCommand) recorded.get(0).command();
        boolean ofName = retractable.isEmpty() || random.nextBoolean();
        UUID corrected = ofName ? caseId : pick(random, retractable);
        String field = ofName ? "name.family" : "summary";
        String value = ofName ? variant(random, opening.name().family()) : "Corrected from a later source";
        record(new CorrectEntryCommand(caseId, uuid(), corrected, field, value,
                ofName ? "Spelled so in the unit's morning report" : "A later document gives it otherwise",
                "Morning report " + date(random, 1950, 1953), null));
    }

    private void retraction() {
        UUID retracted = retractable.remove(random.nextInt(retractable.size()));
        sightings.remove(retracted);
        record(new RetractEntryCommand(caseId, uuid(), retracted, "Recorded against the wrong case", null));
    }

    private void reclassification() {
        if (status == CaseStatus.ACCOUNTED_FOR) {
            correspondence();
            return;
        }
        List<CaseStatus> to = new ArrayList<>(List.of(CaseStatus.MISSING_IN_ACTION, CaseStatus.PRISONER_OF_WAR,
                CaseStatus.MISSING_PRESUMED_DEAD, CaseStatus.DIED_IN_CAPTIVITY,
                CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED));
        to.remove(status);
        CaseStatus next = pick(random, to);
        UUID entryId = uuid();
        record(new ReclassifyStatusCommand(caseId, entryId, next, date(random, 1953, 1995),
                "Board of review", "Findings of the board", "Board proceedings " + index, null));
        reclassifications.add(entryId);
        replaced.add(status);
        status = next;
    }

    private void retractLatestReclassification() {
        UUID latest = reclassifications.remove(reclassifications.size() - 1);
        status = replaced.remove(replaced.size() - 1);
        record(new RetractEntryCommand(caseId, uuid(), latest, "The board's finding was set aside", null));
    }

    private void captivity() {
        CaptivityFactKind kind = pick(random, List.of(CaptivityFactKind.values()));
        UUID entryId = uuid();
        record(new RecordCaptivityFactCommand(caseId, entryId, kind, date(random, 1950, 1953),
                kind == CaptivityFactKind.CAPTURED ? pick(random, PLACES) : null, "Chinese People's Volunteers",
                kind == CaptivityFactKind.INTERNED ? pick(random, CAMPS) : null,
                kind == CaptivityFactKind.TRANSFERRED ? pick(random, CAMPS) : null,
                "Returnee debriefing " + index, null));
        retractable.add(entryId);
    }

    private void lastSeenAlive() {
        if (lastSeenAlive) {
            record(new RemoveLastSeenAliveCommand(caseId, uuid(), "Advocates' list revision",
                    "Evidence of death found", null));
        } else {
            record(new DesignateLastSeenAliveCommand(caseId, uuid(), "Last Seen Alive list",
                    "Reported alive in captivity", null));
        }
        lastSeenAlive = !lastSeenAlive;
    }

    private void recoverAndIdentify() {
        recovery = uuid();
        record(new RecordRemainsRecoveredCommand(caseId, recovery, date(random, 1990, 2024), pick(random, PLACES),
                "Joint recovery operation " + index, "Recovery report " + index, null));
        record(new RecordRemainsIdentifiedCommand(caseId, uuid(), date(random, 1995, 2025),
                pick(random, List.of(IdentificationMethod.values())), "Identification memorandum " + index, null));
        status = CaseStatus.ACCOUNTED_FOR;
        reclassifications.clear();
        replaced.clear();
    }

    private void record(CaseCommand command) {
        clock = clock.plus(Duration.ofMinutes(1 + random.nextLong(minutesApart)));
        recorded.add(new GeneratedCase.Recorded(command, pick(random, CASEWORKERS), clock));
    }

    /** A random (version 4) UUID drawn from the case's own stream, so ids repeat with the seed. */
    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
