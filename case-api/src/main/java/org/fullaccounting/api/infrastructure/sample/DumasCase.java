package org.fullaccounting.api.infrastructure.sample;

import org.fullaccounting.casefile.api.*;
import org.fullaccounting.casefile.people.api.AddPersonCommand;
import org.fullaccounting.casefile.people.api.LinkAccountToPersonCommand;
import org.fullaccounting.casefile.people.api.NamePrimaryNextOfKinCommand;
import org.fullaccounting.casefile.people.api.PeopleCommand;
import org.fullaccounting.casefile.people.api.RecordDeathCommand;
import org.fullaccounting.casefile.people.api.Relationship;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import static org.fullaccounting.casefile.api.HistoricalDate.of;

/**
 * The case of Cpl. Roger A. Dumas as the documents in shared/domain/sources tell it. Every entry
 * cites its document; where the documents are silent (his service number, his unit, his status
 * at the time of loss) the sample says so in a note instead of inventing a fact.
 */
final class DumasCase {

    /** Not in the sources: a placeholder, explained in the case's first note. */
    static final String SERVICE_NUMBER = "SAMPLE-0001";

    static final String PETITION = "Korean War POW/MIA Peace Treaty Initiative, petition by William Dumas "
            + "with partial timeline, draft 8 May 2018 (sources/004_3444038c050cc1f8.txt)";
    /** Cited for the capture near Anju and the 1984 date of the court order (GLOSSARY.md, "Secondary sources"). */
    static final String COURANT_1992 = "Matthew Daly, \"State Resident Tells Senators About Search For POW Brother\", "
            + "Hartford Courant, 12 Nov 1992";
    /** Cited for the Army's listing of him as presumed dead on 26 Feb 1954. */
    static final String THE_DAY_2018 = "\"Canterbury man still looking for answers about his brother, a Korean War "
            + "POW\", The Day (New London), 24 Jun 2018";
    /** The demo family account (DemoAccounts) reads this case, so a newcomer signed in as family sees it. */
    static final String DEMO_FAMILY = "family";

    private DumasCase() {
    }

    /**
     * The id of an entry that a later entry corrects: named, so the correction can refer to it, and
     * per case, as entry ids are unique across cases (the history read model keys its rows by them).
     */
    private static final String CAPTURE = "dumas-capture";
    private static final String LED_AWAY = "dumas-big-switch";
    private static final String COURT_ORDER = "dumas-court-order";

    private static UUID entry(String name, UUID caseId) {
        return UUID.nameUUIDFromBytes((name + "-" + caseId).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The petition's paragraph on Cpl. Dumas, which most of the case's entries rest on. */
    static final String ON_DUMAS = "paragraph \"Cpl. Roger A. Dumas was captured\u2026\"";

    static OpenCaseCommand opening(UUID caseId, SampleSources.Registered sources) {
        return new OpenCaseCommand(caseId, SERVICE_NUMBER, new PersonName("Dumas", "Roger", "A."), "Corporal",
                Branch.ARMY, null, of("1950-11-04"), "near the Yalu River",
                "Captured by Chinese and North Korean forces near the Yalu River on 4 November 1950.",
                CaseStatus.MISSING_IN_ACTION, PETITION, null, new Citation(sources.petition(), ON_DUMAS));
    }

    /** Cited for the death of his brother Robert (Bob) Dumas on 6 Feb 2021 in Canterbury, Connecticut. */
    static final String BEACON_2021 = "\"Between the lines: remembering a patriot and friend\", Beacon, 16 Feb 2021";

    /**
     * His next of kin: his brother Bob, who brought the family's suit and spoke for the family (Hartford
     * Courant, 1992), primary until his death on 6 Feb 2021 (Beacon); then his nephew Bill, author of
     * the family petition, who succeeds him. No birth dates, addresses or consents: the sources give none.
     * The demo family account is Bill's.
     */
    static List<PeopleCommand> people(UUID caseId, UUID bob, UUID bill) {
        return List.of(
                new AddPersonCommand(caseId, bob, "Robert (Bob) Dumas", Relationship.BROTHER, null),
                new AddPersonCommand(caseId, bill, "Bill Dumas", Relationship.NEPHEW, null),
                new NamePrimaryNextOfKinCommand(caseId, bob, null, "His brother, who brought the family's suit and "
                        + "spoke for the family (" + COURANT_1992 + ")"),
                new RecordDeathCommand(caseId, bob, of("2021-02-06"), BEACON_2021, bill),
                new LinkAccountToPersonCommand(caseId, bill, DEMO_FAMILY,
                        "Sample data: the demo family account is Bill Dumas's."));
    }

    /**
     * The camp the petition names (POW Camp 5, at Pyoktong) as a camp record, and his case linked to it,
     * so the board's camp filter finds him by the link.
     */
    static List<Object> camp(UUID caseId) {
        UUID campId = UUID.nameUUIDFromBytes(("dumas-camp-5-" + caseId).getBytes());
        return List.of(new org.fullaccounting.casefile.places.api.RecordCampCommand(campId,
                        new org.fullaccounting.casefile.places.api.CampDescription("Camp 5", "Pyoktong",
                                List.of("POW Camp 5", "Pyoktong"))),
                new org.fullaccounting.casefile.places.api.LinkCasesToCampCommand(campId,
                        UUID.nameUUIDFromBytes(("dumas-camp-5-link-" + caseId).getBytes()), List.of(caseId),
                        "Interned at POW Camp 5, Pyoktong, as the family's petition records (" + PETITION + ")."));
    }

    /**
     * The entries after the opening, in the order a caseworker would record them, each citing its
     * registered document. The reports of unnamed Americans (Oprica, Kim Yong) and the Last Seen
     * Alive list are records of their own, correlated with and joined by the case: DumasRecords.
     */
    static List<BiFunction<UUID, UUID, CaseCommand>> entries(SampleSources.Registered sources) {
        List<BiFunction<UUID, UUID, CaseCommand>> entries = new ArrayList<>();
        lossAndCaptivity(entries, sources);
        bigSwitch(entries, sources);
        findings(entries, sources);
        laterContacts(entries, sources);
        entries.add((caseId, id) -> new LinkFamilyMemberCommand(caseId, id, DEMO_FAMILY,
                "Sample data: the demo family account reads the sample case.", null));
        return entries;
    }

    /** The note on the sources, his unit, the capture (near the Yalu, near Anju) and Camp 5. */
    private static void lossAndCaptivity(List<BiFunction<UUID, UUID, CaseCommand>> entries,
                                         SampleSources.Registered sources) {
        entries.add((caseId, id) -> new AddNoteCommand(caseId, id,
                "Sample data. The sources give neither Cpl. Dumas's service number (" + SERVICE_NUMBER
                        + " is a placeholder) nor his status at the time of loss; the case opens as "
                        + "MISSING_IN_ACTION as every loss does until a finding is made. Only The Day (2018) gives "
                        + "his unit, recorded as its correction of the opening.", null));
        entries.add((caseId, id) -> new CorrectEntryCommand(caseId, id, caseId, "unit",
                "19th Infantry Regiment, 24th Infantry Division",
                "The Day names him an Army machine gunner with the 19th Infantry Regiment (24th Infantry "
                        + "Division); the petition names no unit.", THE_DAY_2018, null,
                new Citation(sources.theDay2018(), null)));
        entries.add((caseId, id) -> new RecordCaptivityFactCommand(caseId, entry(CAPTURE, caseId),
                CaptivityFactKind.CAPTURED,
                of("1950-11-04"), "near the Yalu River", "Chinese and North Korean (DPRK) forces", null, null,
                PETITION, null, new Citation(sources.petition(), ON_DUMAS)));
        entries.add((caseId, id) -> new CorrectEntryCommand(caseId, id, entry(CAPTURE, caseId), "place", "near Anju",
                "The Hartford Courant places the capture near the village of Anju; both are kept.", COURANT_1992,
                null, new Citation(sources.courant1992(), null)));
        entries.add((caseId, id) -> new RecordCaptivityFactCommand(caseId, id, CaptivityFactKind.INTERNED, null,
                "Pyoktong", null, "POW Camp 5", null, PETITION, null, new Citation(sources.petition(), ON_DUMAS)));
    }

    /**
     * Seen led away during Big Switch (5 Aug - 6 Sep 1953, a range), reported by returnees in 1953, as
     * the petition passes it on; The Day's account (August 1953, as The Day reported in February
     * 2004) stands beside it as a sighting of its own, so neither replaces the other. Then the
     * letters of 1954.
     */
    private static void bigSwitch(List<BiFunction<UUID, UUID, CaseCommand>> entries,
                                  SampleSources.Registered sources) {
        entries.add((caseId, id) -> new ReportSightingCommand(caseId, entry(LED_AWAY, caseId),
                of("1953-08-05/1953-09-06"), of("1953"),
                "repatriation area, Operation Big Switch", SourceKind.RETURNEE_DEBRIEF,
                "witnesses among the prisoners repatriated, not named by the sources",
                "During Operation Big Switch, the final release of UN Command POWs, Roger was seen being led away "
                        + "from the repatriation area by Chinese guards and never released. Passed on by the "
                        + "family's petition.", PETITION, null, new Citation(sources.petition(), ON_DUMAS)));
        entries.add((caseId, id) -> new ReportSightingCommand(caseId, id, of("1953-08"), of("2004-02"),
                "where prisoners were loaded for repatriation", SourceKind.RETURNEE_DEBRIEF,
                "witnesses among the prisoners repatriated, not named by the sources",
                "The Day: in August 1953 witnesses saw him led off in another direction while other prisoners "
                        + "were loaded for repatriation, as The Day reported in February 2004.", THE_DAY_2018, null,
                new Citation(sources.theDay2018(), null)));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("1954-01-26"),
                CorrespondenceKind.LETTER, Direction.THIRD_PARTY, "General Lee Sang Cho",
                "Chairman, Neutral Nations Repatriation Commission", "Prisoners not for direct repatriation",
                "\"The prisoners of war not for direct repatriation are held by our side pending the final "
                        + "disposition of the entire prisoner of war question.\"", PETITION, false, null,
                new Citation(sources.petition(), "Partial Timeline, January 26, 1954")));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("1954-05-16"),
                CorrespondenceKind.LETTER, Direction.THIRD_PARTY, "Col. Weber",
                "General Hewett, United Nations Command Military Armistice Commission",
                "Analysis of General Cho's letter",
                "The letter concerned the 347 non-repatriated prisoners and answered the demand for an accounting "
                        + "of more than three thousand UN Command prisoners.", PETITION, false, null,
                new Citation(sources.petition(), "Partial Timeline, May 16, 1954")));
    }

    /**
     * The 1954 presumptive finding of death, citing The Day (by name and in the register), and the
     * court-ordered reclassification, dated 1983 by the petition; the Hartford Courant dates it 1984
     * and says it changed his classification from missing in action: both kept, as its corrections.
     */
    private static void findings(List<BiFunction<UUID, UUID, CaseCommand>> entries,
                                 SampleSources.Registered sources) {
        // A presumptive finding of death (37 U.S.C. 555/556), not a plain reclassification. The source gives
        // one date: the day he was listed presumed dead, which is taken as the presumed date of death too.
        entries.add((caseId, id) -> new MakePresumptiveFindingOfDeathCommand(caseId, id,
                of("1954-02-26"), of("1954-02-26"), "Department of the Army",
                "The Army listed him as presumed dead on 26 February 1954; the source gives no other date of death. "
                        + "The petition places this among the 1954 "
                        + "findings of death for all Korean War POW/MIAs and quotes an internal Pentagon memo: "
                        + "\"Keeping these personnel in a missing status is costing over one million dollars "
                        + "annually.\"", THE_DAY_2018, null, new Citation(sources.theDay2018(), null)));
        entries.add((caseId, id) -> new ReclassifyStatusCommand(caseId, entry(COURT_ORDER, caseId),
                CaseStatus.PRISONER_OF_WAR,
                of("1983"), "U.S. federal court order to the Secretary of the Army",
                "A federal judge ordered Cpl. Dumas reclassified from Missing, Presumed Dead to Prisoner of War, "
                        + "after his brother Bob Dumas brought the case.", PETITION, null,
                new Citation(sources.petition(), ON_DUMAS)));
        entries.add((caseId, id) -> new CorrectEntryCommand(caseId, id, entry(COURT_ORDER, caseId), "effectiveOn",
                "1984",
                "The Hartford Courant dates the family's court win 1984; the petition says 1983. Both are kept.",
                COURANT_1992, null, new Citation(sources.courant1992(), null)));
        entries.add((caseId, id) -> new CorrectEntryCommand(caseId, id, entry(COURT_ORDER, caseId), "reason",
                "The family's federal suit changed his classification from missing in action to prisoner of war.",
                "The Hartford Courant says the suit changed it from missing in action, not from missing, presumed "
                        + "dead as the petition says. Both are kept.", COURANT_1992, null,
                new Citation(sources.courant1992(), null)));
    }

    /**
     * His brother's word that he was last seen in 1957, and correspondence from 1985 on (the
     * memoranda of the 1950s are linked sources: SampleSources).
     */
    private static void laterContacts(List<BiFunction<UUID, UUID, CaseCommand>> entries,
                                      SampleSources.Registered sources) {
        entries.add((caseId, id) -> new ReportSightingCommand(caseId, id, of("1957"), of("1992-11"),
                "a prison camp near the Yalu River", SourceKind.FAMILY, "Bob Dumas, his brother",
                "His brother Bob said Roger was last seen in 1957 in a prison camp near the Yalu River.",
                COURANT_1992, null, new Citation(sources.courant1992(), null)));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("1985"),
                CorrespondenceKind.PHONE_CALL, Direction.THIRD_PARTY, "Ambassador Pak Gil Yon, DPRK Mission to the UN",
                "Bob Dumas, brother of Cpl. Dumas", "Invitation to discuss the POW/MIA issue",
                "After reading of the court case, Amb. Pak called Bob Dumas at home and invited him to New York; "
                        + "the start of a ten-year contact with over 250 recorded calls.", PETITION, false, null,
                new Citation(sources.petition(), "paragraph \"In 1985, Amb. Pak Gil Yon\u2026\"")));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("2006-10-15"),
                CorrespondenceKind.MEETING, Direction.INCOMING, "Bill Dumas, nephew of Cpl. Dumas",
                "Ambassador Charles Ray, Deputy Assistant Secretary of Defense for POW/Missing Personnel",
                "Resolve the POW/MIA issue before a Korean War peace treaty",
                "Amb. Ray said DPMO could recommend it to the President; the initiative was presented to the "
                        + "family update meeting later that week.", PETITION, false, null,
                new Citation(sources.petition(), "paragraph \"On October 15, 2006\u2026\"")));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("2012-01"),
                CorrespondenceKind.LETTER, Direction.THIRD_PARTY, "Senator Richard Lugar",
                "Secretary of Defense Leon Panetta", "POWs possibly still held by the DPRK",
                "Asks that contact with North Korean officials be used to inquire whether missing American "
                        + "service personnel remain in North Korea.", PETITION, false, null,
                new Citation(sources.petition(), "Partial Timeline, January 2012")));
    }
}
