package org.fullaccounting.projections.reports;

import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.SourceKind;
import org.fullaccounting.projections.Words;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.Chronological;
import org.fullaccounting.projections.history.FamilyHistory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.fullaccounting.projections.Words.present;

/**
 * The sighting reports correlated with a case, as entries of that case's history. Staff read the
 * report in full with this case's assessments (never another case's correlation). A family reads
 * only what {@link #familyEntry} is given: its own serviceman's name, the observed date, the place
 * and this case's current assessment; never the witness, the description (it may name others), the
 * reasons or the source. A report from an intelligence source or a restricted source is not shown
 * to families at all, as a sighting of theirs would not be.
 *
 * <p>Entries are placed by when the sighting was (their observed date), after the case's own
 * entries of the same date; the case's version is not changed by them (it counts the case's events).
 */
public final class ReportsInHistory {

    private ReportsInHistory() {
    }

    /** The staff history with each correlated report and each later assessment of it. */
    public static CaseHistory staff(CaseHistory history, List<CaseReport> reports) {
        if (reports.isEmpty()) {
            return history;
        }
        List<CaseHistory.Entry> entries = new ArrayList<>(history.entries());
        for (CaseReport report : reports) {
            UUID entryId = entryId(report.report().reportId(), history.caseId());
            boolean restricted = hiddenFromFamilies(report);
            entries.add(new CaseHistory.Entry(entryId, EntryKind.SIGHTING_REPORT, report.report().observedOn(),
                    staffText(report), staffSource(report), restricted, report.correlatedAt(), report.correlatedBy(),
                    null, null, List.of()));
            for (AssessmentView assessment : report.assessments().subList(1, report.assessments().size())) {
                entries.add(new CaseHistory.Entry(id("assessment:" + report.report().reportId() + ":"
                        + assessment.sequence()), EntryKind.ASSESSMENT, null, "Sighting report assessed for this case as "
                        + Words.of(assessment.assessment()) + " (previously " + Words.of(assessment.previousAssessment())
                        + "): " + assessment.reason(), null, restricted, assessment.recordedAt(),
                        assessment.recordedBy(), entryId, null, List.of()));
            }
        }
        return new CaseHistory(history.caseId(), history.version(), history.asOf(), history.validAt(),
                sorted(entries, CaseHistory.Entry::happenedOn));
    }

    /** The family's history with the reports it may know of, in its own case's words. */
    public static FamilyHistory family(FamilyHistory history, List<CaseReport> reports, String servicemanName) {
        List<FamilyHistory.Entry> entries = new ArrayList<>(history.entries());
        for (CaseReport report : reports) {
            if (!hiddenFromFamilies(report)) {
                entries.add(familyEntry(servicemanName, report.report().observedOn(), report.report().place(),
                        report.current().assessment()));
            }
        }
        return new FamilyHistory(history.caseId(), history.asOf(), history.validAt(),
                sorted(entries, FamilyHistory.Entry::happenedOn));
    }

    /**
     * The allow-list: a family's entry is written from these four values and nothing else, so no
     * field of the report added later, nor another case's name, can reach it.
     */
    static FamilyHistory.Entry familyEntry(String servicemanName, String observedOn, String place,
                                           Assessment assessment) {
        String text = "A report of unnamed American prisoners that may include "
                + (present(servicemanName) ? servicemanName.trim() : "this serviceman")
                + (present(place) ? ": seen at " + place.trim() : "")
                + (observedOn == null ? "" : (present(place) ? ", " : ": ") + "observed " + observedOn)
                + ". Assessed for this case as " + Words.of(assessment) + ".";
        return new FamilyHistory.Entry(EntryKind.SIGHTING_REPORT, observedOn, text, null, null, List.of());
    }

    /** The history entry of a report in one case's history: the same id wherever it is read. */
    public static UUID entryId(UUID reportId, UUID caseId) {
        return id("sighting-report:" + reportId + ":" + caseId);
    }

    private static boolean hiddenFromFamilies(CaseReport report) {
        return report.report().sourceKind() == SourceKind.INTELLIGENCE_REPORT || report.sourceRestricted();
    }

    private static String staffText(CaseReport report) {
        ReportView r = report.report();
        AssessmentView first = report.assessments().get(0);
        return "Sighting report of unnamed people by a " + Words.of(r.sourceKind()) + " source"
                + (present(r.place()) ? ", seen at " + r.place() : "") + ", observed " + r.observedOn()
                + ", reported " + r.reportedOn() + ": " + r.description() + " Correlated with this case, assessed "
                + Words.of(first.assessment()) + ": " + first.reason();
    }

    private static String staffSource(CaseReport report) {
        ReportView r = report.report();
        return (present(r.witness()) ? "Witness: " + r.witness() + ". " : "")
                + (r.sourceTitle() != null ? r.sourceTitle() + ". " : "") + "Sighting report " + r.reportId();
    }

    /** Stable: entries of the same date keep their order, so the case's own stay first among them. */
    private static <T> List<T> sorted(List<T> entries, Function<T, String> happenedOn) {
        return List.copyOf(Chronological.sorted(entries, happenedOn));
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
