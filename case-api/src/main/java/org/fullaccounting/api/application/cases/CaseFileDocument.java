package org.fullaccounting.api.application.cases;

import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.FamilyHistory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a case file (the PDF a reader keeps and prints) holds: identity, status history, the
 * timeline in plain language, the sources. Two editions, each built by copying from the view its
 * reader already gets: a family's from the allow-listed {@link FamilyCaseView} and
 * {@link FamilyHistory} (so nothing restricted can be in it, nothing is hidden afterwards); a
 * caseworker's or auditor's from the whole case and history, restricted entries marked as such.
 */
public record CaseFileDocument(boolean familyEdition, UUID caseId, String serviceNumber, PersonName name,
                               String rank, Branch branch, String unit, String lossDate, String lossPlace,
                               CaseStatus status, boolean lastSeenAlive, List<Line> statusHistory,
                               List<Line> timeline, List<String> sources) {

    /** One entry. {@code recordedBy} and {@code restricted} are the staff edition's only. */
    public record Line(EntryKind kind, String when, String text, String source, String withdrawn,
                       List<String> corrections, boolean restricted, String recordedBy) {
    }

    private static final Set<EntryKind> STATUS_ENTRIES = Set.of(EntryKind.CASE_OPENED, EntryKind.RECLASSIFICATION,
            EntryKind.PRESUMPTIVE_FINDING);

    static CaseFileDocument forFamily(FamilyCaseView c, FamilyHistory history) {
        List<Line> timeline = new ArrayList<>();
        for (FamilyHistory.Entry e : history.entries()) {
            List<String> corrections = e.corrections().stream()
                    .map(k -> k.text() + (k.source() == null ? "" : " (" + k.source() + ")")
                            + (k.withdrawn() == null ? "" : " Withdrawn: " + k.withdrawn().reason()))
                    .toList();
            timeline.add(new Line(e.kind(), e.happenedOn(), e.text(), e.source(),
                    e.withdrawn() == null ? null : e.withdrawn().reason(), corrections, false, null));
        }
        return new CaseFileDocument(true, c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                c.lossDate(), c.lossPlace(), c.status(), c.lastSeenAlive(), statusLines(timeline), timeline,
                sources(timeline));
    }

    static CaseFileDocument forStaff(CaseView c, CaseHistory history) {
        List<Line> timeline = new ArrayList<>();
        for (CaseHistory.Entry e : history.entries()) {
            List<String> corrections = e.corrections().stream()
                    .map(k -> k.text() + (k.source() == null ? "" : " (" + k.source() + ")")
                            + (k.retracted() == null ? "" : " Withdrawn: " + k.retracted().reason()))
                    .toList();
            timeline.add(new Line(e.kind(), e.happenedOn(), e.text(), e.source(),
                    e.retracted() == null ? null : e.retracted().reason(), corrections, e.restricted(),
                    e.recordedBy()));
        }
        return new CaseFileDocument(false, c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                c.lossDate(), c.lossPlace(), c.status(), c.lastSeenAlive(), statusLines(timeline), timeline,
                sources(timeline));
    }

    private static List<Line> statusLines(List<Line> timeline) {
        return timeline.stream().filter(line -> STATUS_ENTRIES.contains(line.kind())).toList();
    }

    private static List<String> sources(List<Line> timeline) {
        Set<String> sources = new LinkedHashSet<>();
        timeline.stream().map(Line::source).filter(s -> s != null && !s.isBlank()).forEach(sources::add);
        return List.copyOf(sources);
    }
}
