package org.fullaccounting.api.web.board;

import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.lists.CaseLists;
import org.fullaccounting.api.web.Labels;
import org.fullaccounting.api.application.access.Landing;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.board.BoardCase;
import org.fullaccounting.projections.board.BoardCounts;
import org.fullaccounting.projections.board.CaseFilter;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Arrays;
import java.util.List;

/**
 * The status board: cases per status drawn as bars (inline SVG, rendered here: no script, no
 * download), the filterable case list, the Last Seen Alive list and the unresolved sightings queue.
 */
@Controller
@PageController
public class BoardPage {

    private static final int PAGE_SIZE = 20;

    private final CaseLists lists;
    private final AccessPolicy access;
    private final Labels labels;

    BoardPage(CaseLists lists, AccessPolicy access, Labels labels) {
        this.lists = lists;
        this.access = access;
        this.labels = labels;
    }

    /** One bar of the chart; {@code width} is a share of the longest bar, in percent. */
    public record Bar(CaseStatus status, String label, long count, double width, int y) {
    }

    @GetMapping("/")
    public String board(@RequestParam(required = false) String status,
                        @RequestParam(required = false) String q,
                        @RequestParam(required = false) String lastSeenAlive,
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
                PAGE_SIZE), query, who);
        BoardCounts counts = lists.counts(who);
        model.addAttribute("counts", counts);
        model.addAttribute("bars", bars(counts));
        model.addAttribute("cases", cases);
        model.addAttribute("pages", (int) Math.max(1, (cases.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("status", chosen == null ? "" : chosen.name());
        model.addAttribute("q", query == null ? "" : query);
        model.addAttribute("lastSeenAlive", onlyLastSeenAlive);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("lastSeenAliveCases", lists.list(new CaseFilter(null, null, null, null, true, null, null,
                null, CaseFilter.Sort.NAME, false, 0, 50), null, who));
        model.addAttribute("queue", lists.unresolvedSightings(0, 20, who));
        return "board";
    }

    private List<Bar> bars(BoardCounts counts) {
        long most = counts.byStatus().values().stream().mapToLong(Long::longValue).max().orElse(0);
        CaseStatus[] statuses = CaseStatus.values();
        return java.util.stream.IntStream.range(0, statuses.length).mapToObj(i -> {
            long n = counts.byStatus().getOrDefault(statuses[i], 0L);
            return new Bar(statuses[i], labels.of(statuses[i]), n, most == 0 ? 0 : 100.0 * n / most, i * 28);
        }).toList();
    }
}
