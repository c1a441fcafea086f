package org.fullaccounting.api.web.board;

import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.admin.ModelRebuilds;
import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.application.lists.CaseLists;
import org.fullaccounting.api.application.people.CasePeopleService;
import org.fullaccounting.api.web.Labels;
import org.fullaccounting.api.application.access.Landing;
import org.fullaccounting.api.web.RebuildNotices;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.board.BoardCase;
import org.fullaccounting.projections.board.BoardCounts;
import org.fullaccounting.projections.board.BoardProjection;
import org.fullaccounting.projections.board.CaseFilter;
import org.fullaccounting.projections.search.SearchProjection;
import org.fullaccounting.projections.sightings.SightingsProjection;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.fullaccounting.api.application.places.Places;

/**
 * The status board: cases per status drawn as bars (inline SVG, rendered here: no script, no
 * download), the filterable case list, the Last Seen Alive list and the unresolved sightings queue.
 */
@Controller
@PageController
public class BoardPage {

    private static final int PAGE_SIZE = 20;
    static final double THINNEST = 1.0;

    private final CaseLists lists;
    private final AccessPolicy access;
    private final Labels labels;
    private final Places places;
    private final CasePeopleService people;

    private final ModelRebuilds rebuilds;

    BoardPage(CaseLists lists, AccessPolicy access, Labels labels, Places places, CasePeopleService people,
              ModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
        this.places = places;
        this.people = people;
        this.lists = lists;
        this.access = access;
        this.labels = labels;
    }

    /**
     * One bar of the chart; {@code width} is a share of the longest bar, in percent, and never less than
     * {@link #THINNEST} for a status that has cases: one prisoner of war beside 8,000 missing must still
     * show a bar, not an empty row.
     */
    public record Bar(CaseStatus status, String label, long count, double width, int y) {
    }

    @GetMapping("/")
    public String board(@RequestParam(required = false) String status,
                        @RequestParam(required = false) String q,
                        @RequestParam(required = false) String lastSeenAlive,
                        @RequestParam(required = false) String incidentId,
                        @RequestParam(required = false) String campId,
                        @RequestParam(defaultValue = "0") int page,
                        Authentication who, Model model) {
        if (!"/".equals(Landing.of(who))) {
            return "redirect:" + Landing.of(who);
        }
        if (access.listScope(who) != AccessPolicy.Scope.ALL_CASES) {
            return "redirect:/login";
        }
        CaseStatus chosen = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElse(null);
        String query = q == null || q.isBlank() ? null : q.trim();
        boolean onlyLastSeenAlive = "on".equals(lastSeenAlive) || "true".equals(lastSeenAlive);
        int p = Math.max(0, page);
        Page<BoardCase> cases = lists.list(new CaseFilter(chosen, null, null, null, onlyLastSeenAlive ? true : null,
                null, null, null, query == null ? CaseFilter.Sort.NAME : CaseFilter.Sort.RELEVANCE, false, p,
                PAGE_SIZE).linkedTo(uuid(incidentId), uuid(campId)), query, who);
        BoardCounts counts = lists.counts(who);
        model.addAttribute("counts", counts);
        model.addAttribute("bars", bars(counts));
        model.addAttribute("cases", cases);
        model.addAttribute("pages", (int) Math.max(1, (cases.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("lastSeenAlive", onlyLastSeenAlive);
        model.addAttribute("statuses", CaseStatus.values());
        // The board's counts per incident and camp, by their links (each option names its number of cases).
        model.addAttribute("incidents", places.incidents(null, Places.MAX_RESULTS, who));
        model.addAttribute("camps", places.camps(null, Places.MAX_RESULTS, who));
        model.addAttribute("incidentId", uuid(incidentId) == null ? "" : uuid(incidentId).toString());
        model.addAttribute("campId", uuid(campId) == null ? "" : uuid(campId).toString());
        model.addAttribute("lastSeenAliveCases", lists.list(new CaseFilter(null, null, null, null, true, null, null,
                null, CaseFilter.Sort.NAME, false, 0, 50), null, who));
        model.addAttribute("queue", lists.unresolvedSightings(0, 20, who));
        model.addAttribute("references", people.coverage(who));
        model.addAttribute("withoutReference", people.withoutMtDna(0, PAGE_SIZE, who));
        model.addAttribute("rebuilding", RebuildNotices.notices(rebuilds.of(List.of(BoardProjection.NAME,
                SearchProjection.NAME, SightingsProjection.NAME))));
        return "board";
    }

    /** A filter's id as typed in the address; anything else filters nothing, as an unknown status does. */
    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<Bar> bars(BoardCounts counts) {
        long most = counts.byStatus().values().stream().mapToLong(Long::longValue).max().orElse(0);
        CaseStatus[] statuses = CaseStatus.values();
        return java.util.stream.IntStream.range(0, statuses.length).mapToObj(i -> {
            long n = counts.byStatus().getOrDefault(statuses[i], 0L);
            return new Bar(statuses[i], labels.of(statuses[i]), n, width(n, most), i * 28);
        }).toList();
    }

    static double width(long count, long most) {
        return count == 0 ? 0 : Math.max(THINNEST, 100.0 * count / most);
    }
}
