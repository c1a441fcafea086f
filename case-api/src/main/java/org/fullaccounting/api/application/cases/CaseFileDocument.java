package org.fullaccounting.api.application.cases;

import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.EntryKind;
import org.fullaccounting.casefile.api.PersonName;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.CitedSource;
import org.fullaccounting.projections.history.FamilyHistory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * What a case file (the PDF a reader keeps and prints) holds: identity, status history, the
 * timeline in plain language, the sources. Two editions, each built by copying from the view its
 * reader already gets: a family's from the allow-listed {@link FamilyCaseView} and
 * {@link FamilyHistory} (so nothing restricted can be in it, nothing is hidden afterwards); a
 * caseworker's or auditor's from the whole case and history, restricted entries marked as such.
 * A registered source an entry cites shows as its history does: title, archive reference, where in
 * it (the family's only when the family history shows it, an unrestricted source); the sources
 * list holds the free-text sources and the registered ones cited.
 */
public record CaseFileDocument(boolean familyEdition, UUID caseId, String serviceNumber, PersonName name,
                               String rank, Branch branch, String unit, String lossDate, String lossPlace,
                               CaseStatus status, boolean lastSeenAlive, List<Line> statusHistory,
                               List<Line> timeline, List<String> sources) {

    /**
     * One entry. {@code cited}: the registered source it cites, as one line. {@code recordedBy} and
     * {@code restricted} are the staff edition's only.
     */
    public record Line(EntryKind kind, String when, String text, String source, String cited, String withdrawn,
                       List<String> corrections, boolean restricted, String recordedBy) {
    }

    private static final Set<EntryKind> STATUS_ENTRIES = Set.of(EntryKind.CASE_OPENED, EntryKind.RECLASSIFICATION,
            EntryKind.PRESUMPTIVE_FINDING);

    static CaseFileDocument forFamily(FamilyCaseView c, FamilyHistory history) {
        List<Line> timeline = new ArrayList<>();
        for (FamilyHistory.Entry e : history.entries()) {
            List<String> corrections = e.corrections().stream()
                    .map(k -> k.text() + (k.source() == null ? "" : " (" + k.source() + ")")
                            + (k.cited() == null ? "" : " (" + cited(k.cited()) + ")")
                            + (k.withdrawn() == null ? "" : " Withdrawn: " + k.withdrawn().reason()))
                    .toList();
            timeline.add(new Line(e.kind(), e.happenedOn(), e.text(), e.source(), cited(e.cited()),
                    e.withdrawn() == null ? null : e.withdrawn().reason(), corrections, false, null));
        }
        return new CaseFileDocument(true, c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                c.lossDate(), c.lossPlace(), c.status(), c.lastSeenAlive(), statusLines(timeline), timeline,
                sources(timeline, registered(history)));
    }

    static CaseFileDocument forStaff(CaseView c, CaseHistory history) {
        List<Line> timeline = new ArrayList<>();
        for (CaseHistory.Entry e : history.entries()) {
            List<String> corrections = e.corrections().stream()
                    .map(k -> k.text() + (k.source() == null ? "" : " (" + k.source() + ")")
                            + (k.cited() == null ? "" : " (" + cited(k.cited()) + ")")
                            + (k.retracted() == null ? "" : " Withdrawn: " + k.retracted().reason()))
                    .toList();
            timeline.add(new Line(e.kind(), e.happenedOn(), e.text(), e.source(), cited(e.cited()),
                    e.retracted() == null ? null : e.retracted().reason(), corrections, e.restricted(),
                    e.recordedBy()));
        }
        return new CaseFileDocument(false, c.caseId(), c.serviceNumber(), c.name(), c.rank(), c.branch(), c.unit(),
                c.lossDate(), c.lossPlace(), c.status(), c.lastSeenAlive(), statusLines(timeline), timeline,
                sources(timeline, registered(history)));
    }

    private static List<Line> statusLines(List<Line> timeline) {
        return timeline.stream().filter(line -> STATUS_ENTRIES.contains(line.kind())).toList();
    }

    /** The free-text sources, then the registered sources cited (without where in them), each once. */
    private static List<String> sources(List<Line> timeline, List<String> registered) {
        Set<String> sources = new LinkedHashSet<>();
        timeline.stream().map(Line::source).filter(s -> s != null && !s.isBlank()).forEach(sources::add);
        sources.addAll(registered);
        return List.copyOf(sources);
    }

    /** The registered sources the family history shows cited (linked ones included), without where in them. */
    private static List<String> registered(FamilyHistory history) {
        return history.entries().stream()
                .flatMap(e -> Stream.concat(Stream.of(e.cited()), e.corrections().stream()
                        .map(FamilyHistory.Correction::cited)))
                .filter(Objects::nonNull).map(k -> describe(k.title(), k.archiveReference(), null)).toList();
    }

    /** The registered sources the staff history cites (linked ones included), without where in them. */
    private static List<String> registered(CaseHistory history) {
        return history.entries().stream()
                .flatMap(e -> Stream.concat(Stream.of(e.cited()), e.corrections().stream()
                        .map(CaseHistory.Correction::cited)))
                .filter(Objects::nonNull).map(k -> describe(title(k), k.archiveReference(), null)).toList();
    }

    /** As the family history shows it: only what FamilyHistory let through (an unrestricted source). */
    private static String cited(FamilyHistory.Cited cited) {
        return cited == null ? null : describe(cited.title(), cited.archiveReference(), cited.locator());
    }

    /** As the staff history shows it; an id the register does not know by its id. */
    private static String cited(CitedSource cited) {
        return cited == null ? null : describe(title(cited), cited.archiveReference(), cited.locator());
    }

    private static String title(CitedSource cited) {
        return cited.title() == null ? "source " + cited.sourceId() : cited.title();
    }

    private static String describe(String title, String archiveReference, String locator) {
        return title + (archiveReference == null ? "" : ", " + archiveReference) + (locator == null ? "" : ", " + locator);
    }
}
