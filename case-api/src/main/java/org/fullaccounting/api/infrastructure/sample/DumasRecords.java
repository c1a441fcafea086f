package org.fullaccounting.api.infrastructure.sample;

import org.fullaccounting.api.application.namedlists.NamedLists;
import org.fullaccounting.api.application.reports.SightingReports;
import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.casefile.reports.api.FileSightingReportCommand;
import org.fullaccounting.projections.namedlists.NamedListView;

import java.util.List;
import java.util.UUID;

import static org.fullaccounting.casefile.api.HistoricalDate.of;

/**
 * The records of the Dumas sample that are not the case's own: the two reports of unnamed American
 * prisoners the petition passes on (Oprica's fifty near Pyongyang, 1979; Kim Yong's camp, 1996),
 * each a sighting report correlated with the case and assessed UNRESOLVED, and the Last Seen Alive
 * list of 2,058 names with the case as a member. Written through the application services, as a
 * caseworker would, by the system (SampleSources.SYSTEM).
 */
final class DumasRecords {

    /** The list as the domain reference describes it: 2,058 names kept by family advocates; no edition is dated. */
    static final String LIST_NAME = "Last Seen Alive";
    static final String LIST_KEEPER = "family advocates";
    static final String LIST_VERSION = "2,058 names";

    /** A report to file, and why it is correlated with the case. */
    record Report(FileSightingReportCommand filing, String correlation) {
    }

    private DumasRecords() {
    }

    static List<Report> reports(SampleSources.Registered sources) {
        return List.of(new Report(new FileSightingReportCommand(null, of("1979"), of("1982"),
                        "a collective farm near Pyongyang", SourceKind.FOREIGN_NATIONAL,
                        "Serban Oprica, Romanian engineer",
                        "Reported in 1982 that he saw as many as 50 American POWs working on a North Korean collective "
                                + "farm in 1979; testified before the Senate in 1992 that he saw over 50 American POWs "
                                + "near Pyongyang in 1979. The Americans are not named.",
                        sources.petition()),
                        "Unnamed American prisoners held in North Korea after the war; Cpl. Dumas, seen led away "
                                + "during Big Switch and never released, may be among them. Nothing in the report "
                                + "names or describes him."),
                new Report(new FileSightingReportCommand(null, of("1996"), of("2003"),
                        "a North Korean concentration camp", SourceKind.DEFECTOR,
                        "Lt. Col. Kim Yong, North Korean defector",
                        "Arrived in the U.S. in 2003 and stated that he saw several American POWs in a North Korean "
                                + "concentration camp in 1996. The Americans are not named.", sources.petition()),
                        "Unnamed American prisoners seen in North Korea in 1996; Cpl. Dumas, never released, may be "
                                + "among them. Nothing in the report names or describes him."));
    }

    /** Files each report and correlates it with the case, UNRESOLVED. */
    static void fileReports(SightingReports reports, SampleSources.Registered sources, UUID caseId) {
        for (Report report : reports(sources)) {
            UUID reportId = reports.file(report.filing(), SampleSources.SYSTEM).reportId();
            reports.correlate(reportId, caseId, Assessment.UNRESOLVED, report.correlation(), SampleSources.SYSTEM);
        }
    }

    /**
     * Puts the case on the Last Seen Alive list, citing the petition ("Roger Dumas' name remains on
     * the Last Seen Alive list"). The list is created unless this database already has one marked
     * as the Last Seen Alive list (only one may be), which the case then joins.
     */
    static void joinLastSeenAliveList(NamedLists lists, SampleSources.Registered sources, UUID caseId) {
        UUID listId = lists.all(SampleSources.SYSTEM).stream().filter(NamedListView::lastSeenAlive)
                .map(NamedListView::listId).findFirst()
                .orElseGet(() -> lists.create(LIST_NAME, LIST_KEEPER, LIST_VERSION, null, true, SampleSources.SYSTEM)
                        .listId());
        lists.add(listId, new NamedLists.Change(List.of(caseId), List.of(), DumasCase.PETITION, sources.petition(),
                "\"Roger Dumas' name remains on the Last Seen Alive list\" (the petition, " + DumasCase.ON_DUMAS
                        + "): seen alive in captivity during Operation Big Switch and never released."),
                SampleSources.SYSTEM);
    }
}
