package org.fullaccounting.api.infrastructure.sample;

import org.fullaccounting.casefile.api.*;

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
    static final String MEMO_1950 = "Memorandum for the Files by the Acting Director of the Office of Eastern "
            + "European Affairs (Reinhardt), October 1950, with 30 October follow-up (sources/002_f3d39736933823d9.txt)";
    static final String MEMO_1952 = "Memorandum by the Secretary of State to the President, approved 8 Feb 1952 "
            + "(sources/000_6d3114209ee021c0.txt)";
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

    static OpenCaseCommand opening(UUID caseId) {
        return new OpenCaseCommand(caseId, SERVICE_NUMBER, new PersonName("Dumas", "Roger", "A."), "Corporal",
                Branch.ARMY, null, of("1950-11-04"), "near the Yalu River",
                "Captured by Chinese and North Korean forces near the Yalu River on 4 November 1950.",
                CaseStatus.MISSING_IN_ACTION, PETITION);
    }

    /** The entries after the opening, in the order a caseworker would record them. */
    static List<BiFunction<UUID, UUID, CaseCommand>> entries() {
        List<BiFunction<UUID, UUID, CaseCommand>> entries = new ArrayList<>();
        lossAndCaptivity(entries);
        findings(entries);
        laterReports(entries);
        entries.add((caseId, id) -> new LinkFamilyMemberCommand(caseId, id, DEMO_FAMILY,
                "Sample data: the demo family account reads the sample case.", null));
        return entries;
    }

    /** The note on the sources, the capture, the camp, Big Switch and the letters of 1954. */
    private static void lossAndCaptivity(List<BiFunction<UUID, UUID, CaseCommand>> entries) {
        entries.add((caseId, id) -> new AddNoteCommand(caseId, id,
                "Sample data. The sources give neither Cpl. Dumas's service number (" + SERVICE_NUMBER
                        + " is a placeholder) nor his unit, nor his status at the time of loss; the case opens as "
                        + "MISSING_IN_ACTION as every loss does until a finding is made.", null));
        UUID capture = UUID.nameUUIDFromBytes("dumas-capture".getBytes());
        entries.add((caseId, id) -> new RecordCaptivityFactCommand(caseId, capture, CaptivityFactKind.CAPTURED,
                of("1950-11-04"), "near the Yalu River", "Chinese and North Korean (DPRK) forces", null, null,
                PETITION, null));
        entries.add((caseId, id) -> new CorrectEntryCommand(caseId, id, capture, "place", "near Anju",
                "The Hartford Courant places the capture near the village of Anju; both are kept.", COURANT_1992,
                null));
        entries.add((caseId, id) -> new RecordCaptivityFactCommand(caseId, id, CaptivityFactKind.INTERNED, null,
                "Pyoktong", null, "POW Camp 5", null, PETITION, null));
        // During Big Switch (5 Aug - 6 Sep 1953, a range); returnees reported it in 1953 and the family's
        // petition (drafted 2018) passed it on.
        entries.add((caseId, id) -> new ReportSightingCommand(caseId, id, of("1953-08-05/1953-09-06"), of("1953"),
                "repatriation area, Operation Big Switch", SourceKind.RETURNEE_DEBRIEF, "returning prisoners of war",
                "During Operation Big Switch, the final release of UN Command POWs, Roger was seen being led away "
                        + "from the repatriation area by Chinese guards and never released. Passed on by the "
                        + "family's petition.", PETITION, null));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("1954-01-26"),
                CorrespondenceKind.LETTER, Direction.THIRD_PARTY, "General Lee Sang Cho",
                "Chairman, Neutral Nations Repatriation Commission", "Prisoners not for direct repatriation",
                "\"The prisoners of war not for direct repatriation are held by our side pending the final "
                        + "disposition of the entire prisoner of war question.\"", PETITION, false, null));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("1954-05-16"),
                CorrespondenceKind.LETTER, Direction.THIRD_PARTY, "Col. Weber",
                "General Hewett, United Nations Command Military Armistice Commission",
                "Analysis of General Cho's letter",
                "The letter concerned the 347 non-repatriated prisoners and answered the demand for an accounting "
                        + "of more than three thousand UN Command prisoners.", PETITION, false, null));
    }

    /** The 1954 finding of death, the court-ordered reclassification and the Last Seen Alive designation. */
    private static void findings(List<BiFunction<UUID, UUID, CaseCommand>> entries) {
        UUID presumedDead = UUID.nameUUIDFromBytes("dumas-1954".getBytes());
        entries.add((caseId, id) -> new ReclassifyStatusCommand(caseId, presumedDead,
                CaseStatus.MISSING_PRESUMED_DEAD, of("1954-02-26"), "Department of the Army",
                "The Army listed him as presumed dead on 26 February 1954. The petition places this among the 1954 "
                        + "findings of death for all Korean War POW/MIAs and quotes an internal Pentagon memo: "
                        + "\"Keeping these personnel in a missing status is costing over one million dollars "
                        + "annually.\"", THE_DAY_2018, null));
        UUID courtOrder = UUID.nameUUIDFromBytes("dumas-court-order".getBytes());
        entries.add((caseId, id) -> new ReclassifyStatusCommand(caseId, courtOrder, CaseStatus.PRISONER_OF_WAR,
                of("1983"), "U.S. federal court order to the Secretary of the Army",
                "A federal judge ordered Cpl. Dumas reclassified from Missing, Presumed Dead to Prisoner of War, "
                        + "after his brother Bob Dumas brought the case.", PETITION, null));
        entries.add((caseId, id) -> new CorrectEntryCommand(caseId, id, courtOrder, "effectiveOn", "1984",
                "The Hartford Courant dates the family's court win 1984; the petition says 1983. Both are kept.",
                COURANT_1992, null));
        entries.add((caseId, id) -> new DesignateLastSeenAliveCommand(caseId, id,
                "Last Seen Alive list of 2,058 names; \"Roger Dumas' name remains on the Last Seen Alive list\" ("
                        + PETITION + ")", "Seen alive in captivity during Operation Big Switch and never released.",
                null));
    }

    /** Sightings and correspondence from 1979 on, and the memoranda of the 1950s that give context. */
    private static void laterReports(List<BiFunction<UUID, UUID, CaseCommand>> entries) {
        entries.add((caseId, id) -> new ReportSightingCommand(caseId, id, of("1979"), of("1982"),
                "collective farm near Pyongyang", SourceKind.FOREIGN_NATIONAL, "Serban Oprica, Romanian engineer",
                "Saw as many as 50 American POWs working on a North Korean collective farm. Unnamed Americans; "
                        + "he testified to it again before the Senate in 1992.", PETITION, null));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("1985"),
                CorrespondenceKind.PHONE_CALL, Direction.THIRD_PARTY, "Ambassador Pak Gil Yon, DPRK Mission to the UN",
                "Bob Dumas, brother of Cpl. Dumas", "Invitation to discuss the POW/MIA issue",
                "After reading of the court case, Amb. Pak called Bob Dumas at home and invited him to New York; "
                        + "the start of a ten-year contact with over 250 recorded calls.", PETITION, false, null));
        entries.add((caseId, id) -> new ReportSightingCommand(caseId, id, of("1996"), of("2003"),
                "a North Korean concentration camp", SourceKind.DEFECTOR, "Lt. Col. Kim Yong, North Korean defector",
                "Saw several American POWs in a North Korean concentration camp. Unnamed Americans.", PETITION,
                null));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("2006-10-15"),
                CorrespondenceKind.MEETING, Direction.INCOMING, "Bill Dumas, nephew of Cpl. Dumas",
                "Ambassador Charles Ray, Deputy Assistant Secretary of Defense for POW/Missing Personnel",
                "Resolve the POW/MIA issue before a Korean War peace treaty",
                "Amb. Ray said DPMO could recommend it to the President; the initiative was presented to the "
                        + "family update meeting later that week.", PETITION, false, null));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("2012-01"),
                CorrespondenceKind.LETTER, Direction.THIRD_PARTY, "Senator Richard Lugar",
                "Secretary of Defense Leon Panetta", "POWs possibly still held by the DPRK",
                "Asks that contact with North Korean officials be used to inquire whether missing American "
                        + "service personnel remain in North Korea.", PETITION, false, null));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("1950-10"),
                CorrespondenceKind.MEMORANDUM, Direction.THIRD_PARTY, "Acting Director, Office of Eastern European Affairs",
                "Department of State files", "Effort to assist American and other UN prisoners of war in North Korea",
                "Context for all UN prisoners, written weeks before Cpl. Dumas's capture: the request that the "
                        + "Soviet government use its good offices, routed through the UN Secretariat.", MEMO_1950,
                false, null));
        entries.add((caseId, id) -> new LogCorrespondenceCommand(caseId, id, of("1952-02-08"),
                CorrespondenceKind.MEMORANDUM, Direction.THIRD_PARTY, "Secretary of State Dean Acheson",
                "President Harry S. Truman", "No forcible repatriation of prisoners of war",
                "Context for all prisoners held by the Communists, some 3,000 of them American: the President "
                        + "approved the position of no forcible repatriation on 8 Feb 1952.", MEMO_1952, false,
                null));
    }
}
