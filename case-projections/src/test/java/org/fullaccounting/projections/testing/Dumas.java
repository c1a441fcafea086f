package org.fullaccounting.projections.testing;

import org.fullaccounting.casefile.api.*;

import java.time.Instant;
import java.util.UUID;

import static org.fullaccounting.casefile.api.HistoricalDate.of;

/**
 * The scripted test story: the Dumas case (after the sample in case-api, with a mistaken
 * reclassification and a duplicate sighting retracted), a second serviceman whose name is spelled
 * Dumaz, and an accounted-for case. Ids are fixed so tests can name entries.
 */
public final class Dumas {

    public static final UUID CASE = id("case-dumas");
    public static final UUID DUMAZ = id("case-dumaz");
    public static final UUID SMITH = id("case-smith");
    public static final UUID CAPTURE = id("capture");
    public static final UUID CAPTURE_PLACE = id("capture-place-correction");
    public static final UUID CAMP = id("camp-5");
    public static final UUID BIG_SWITCH_SIGHTING = id("sighting-1953");
    public static final UUID FARM_SIGHTING = id("sighting-1979");
    public static final UUID DUPLICATE_SIGHTING = id("sighting-duplicate");
    public static final UUID PRESUMED_DEAD = id("reclass-1954");
    public static final UUID COURT_ORDER = id("reclass-1983");
    public static final UUID COURT_ORDER_DATE = id("court-order-1984");
    public static final UUID MISTAKEN_KIA = id("reclass-mistake");
    public static final UUID MISTAKE_RETRACTION = id("retract-mistake");
    public static final UUID LETTER_1954 = id("letter-1954");
    public static final UUID PHONE_1985 = id("phone-1985");
    public static final UUID NOTE = id("note");
    public static final UUID SPELLING = id("spelling-doumas");
    public static final Instant START = Instant.parse("2026-03-01T09:00:00Z");

    private Dumas() {
    }

    public static CaseScript script() {
        CaseScript script = new CaseScript(START, "caseworker");
        script.record(
                new CaseOpenedEvent(CASE, "SAMPLE-0001", new PersonName("Dumas", "Roger", "A."), "Corporal",
                        Branch.ARMY, "19th Infantry Regiment", of("1950-11-04"), "near the Yalu River",
                        "Captured near the Yalu River.", CaseStatus.MISSING_IN_ACTION, "petition"),
                new NoteAddedEvent(CASE, NOTE, "Service number is a placeholder."),
                new CaptivityFactRecordedEvent(CASE, CAPTURE, CaptivityFactKind.CAPTURED, of("1950-11-04"),
                        "near the Yalu River", "Chinese and North Korean forces", null, null, "petition"),
                new EntryCorrectedEvent(CASE, CAPTURE_PLACE, CAPTURE, EntryKind.CAPTIVITY_FACT, "place", "near Anju",
                        "Another source places the capture near Anju.", "Hartford Courant, 12 Nov 1992"),
                new CaptivityFactRecordedEvent(CASE, CAMP, CaptivityFactKind.INTERNED, null, "Pyoktong", null,
                        "POW Camp 5", null, "petition"),
                new SightingReportedEvent(CASE, BIG_SWITCH_SIGHTING, of("1953"), of("1953"),
                        "repatriation area", SourceKind.RETURNEE_DEBRIEF, "returning prisoners of war", "Seen led away by Chinese guards.", "petition"),
                new SightingAssessedEvent(CASE, id("assess-1953"), BIG_SWITCH_SIGHTING, Assessment.UNRESOLVED, null,
                        "No corroboration yet."),
                letter1954(),
                new StatusReclassifiedEvent(CASE, PRESUMED_DEAD, CaseStatus.MISSING_IN_ACTION,
                        CaseStatus.MISSING_PRESUMED_DEAD, of("1954"), "Department of the Army",
                        "Presumptive finding.", "petition"),
                new StatusReclassifiedEvent(CASE, COURT_ORDER, CaseStatus.MISSING_PRESUMED_DEAD,
                        CaseStatus.PRISONER_OF_WAR, of("1983"), "U.S. federal court order",
                        "Reclassified after his brother brought the case.", "petition"),
                new EntryCorrectedEvent(CASE, COURT_ORDER_DATE, COURT_ORDER, EntryKind.RECLASSIFICATION,
                        "effectiveOn", "1984", "The order is dated 1983 by one source and 1984 by another.",
                        "Hartford Courant, 12 Nov 1992"),
                new LastSeenAliveDesignatedEvent(CASE, id("lsa"), "Last Seen Alive list", "Seen alive in 1953."),
                new SightingReportedEvent(CASE, FARM_SIGHTING, of("1979"), of("1982"), "collective farm near Pyongyang",
                        SourceKind.FOREIGN_NATIONAL, "Serban Oprica", "Saw about 50 American POWs.", "petition"),
                new SightingAssessedEvent(CASE, id("assess-1979-a"), FARM_SIGHTING, Assessment.UNRESOLVED, null,
                        "Pending analysis."),
                new SightingAssessedEvent(CASE, id("assess-1979-b"), FARM_SIGHTING, Assessment.NOT_CORRELATED,
                        Assessment.UNRESOLVED, "Unnamed Americans; not correlated to Cpl. Dumas."),
                phone1985(),
                new SightingReportedEvent(CASE, DUPLICATE_SIGHTING, of("1979"), of("1992"), "collective farm",
                        SourceKind.PRESS, null, "The same farm sighting, reported again.", "newspaper"),
                new EntryRetractedEvent(CASE, id("retract-duplicate"), DUPLICATE_SIGHTING, EntryKind.SIGHTING,
                        "Duplicate of the 1979 sighting.", null, null),
                new StatusReclassifiedEvent(CASE, MISTAKEN_KIA, CaseStatus.PRISONER_OF_WAR,
                        CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, of("1951"), "clerk", null, "wrong file"),
                new EntryRetractedEvent(CASE, MISTAKE_RETRACTION, MISTAKEN_KIA, EntryKind.RECLASSIFICATION,
                        "Entered on the wrong case.", CaseStatus.PRISONER_OF_WAR, null),
                new EntryCorrectedEvent(CASE, SPELLING, CASE, EntryKind.CASE_OPENED, "name.family", "Doumas",
                        "A 1954 list spells the name Doumas.", "1954 list"));
        script.by("caseworker2").record(
                new CaseOpenedEvent(DUMAZ, "RA 11-190 352", new PersonName("Dumaz", "Robert", null), "Private",
                        Branch.ARMY, "2nd Infantry Division", of("1950-12"), "Chosin", null,
                        CaseStatus.MISSING_IN_ACTION, "unit roster"),
                new CaptivityFactRecordedEvent(DUMAZ, id("dumaz-camp"), CaptivityFactKind.INTERNED, of("1951"), null,
                        null, "Camp 1, Changsong", null, "returnee debrief"),
                new SightingReportedEvent(DUMAZ, id("dumaz-sighting"), of("1952"), null, "Camp 1",
                        SourceKind.RETURNEE_DEBRIEF, "Sgt. X", "Seen in Camp 1.", "debrief"),
                new CaseOpenedEvent(SMITH, "US 55 000 111", new PersonName("Smith", "John", null), "Sergeant",
                        Branch.MARINE_CORPS, "1st Marine Division", of("1950-11-28"), "Chosin Reservoir", null,
                        CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, "casualty file"),
                new RemainsRecoveredEvent(SMITH, id("smith-recovered"), of("1993"), "Chosin", "K208", "JPAC"),
                new RemainsIdentifiedEvent(SMITH, id("smith-identified"), of("1994-06"), IdentificationMethod.MTDNA,
                        CaseStatus.KILLED_IN_ACTION_BODY_NOT_RECOVERED, "lab report"),
                smithLetter());
        return script;
    }

    public static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    private static CorrespondenceLoggedEvent letter1954() {
        return new CorrespondenceLoggedEvent(CASE, LETTER_1954, of("1954-01-26"), CorrespondenceKind.LETTER,
                Direction.THIRD_PARTY, "General Lee Sang Cho", "Neutral Nations Repatriation Commission",
                "Prisoners not for direct repatriation", "The prisoners are held pending final disposition.",
                "petition p.3", false);
    }

    private static CorrespondenceLoggedEvent phone1985() {
        return new CorrespondenceLoggedEvent(CASE, PHONE_1985, of("1985"), CorrespondenceKind.PHONE_CALL,
                Direction.THIRD_PARTY, "Ambassador Pak Gil Yon", "Bob Dumas", "Invitation to discuss the POW issue",
                "Invited him to New York.", "petition p.5", false);
    }

    private static CorrespondenceLoggedEvent smithLetter() {
        return new CorrespondenceLoggedEvent(SMITH, id("smith-letter"), of("1994-07-01"), CorrespondenceKind.LETTER,
                Direction.OUTGOING, "Casualty Office", "Smith family", "Identification of remains",
                "Informs the family that the remains were identified.", "letter 94-17", true);
    }
}
