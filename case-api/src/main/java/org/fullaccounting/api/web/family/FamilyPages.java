package org.fullaccounting.api.web.family;


import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.application.history.CaseHistories;
import org.fullaccounting.api.application.cases.CaseQueries;
import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.api.application.cases.FamilyCaseView;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.util.List;
import java.util.UUID;

/**
 * What a family reads: their linked case(s) only, in plain language, printable: the
 * FamilyCaseView and the FamilyHistory, the allow-listed representations the API serves them too.
 * Which cases are theirs is decided by the same rules as the API (the AccessPolicy, through
 * CaseQueries, which logs every read, the list of their cases included), so the pages can show no more.
 */
@Controller
@PageController
public class FamilyPages {

    private final CaseQueries queries;
    private final CaseHistories histories;
    private final org.fullaccounting.api.application.people.CasePeopleService people;

    FamilyPages(CaseQueries queries, CaseHistories histories,
                org.fullaccounting.api.application.people.CasePeopleService people) {
        this.queries = queries;
        this.histories = histories;
        this.people = people;
    }

    /** One of the family's own cases. */
    public record LinkedCase(UUID caseId, String name) {
    }

    @GetMapping("/family")
    public String cases(Authentication who, Model model) {
        List<LinkedCase> cases = queries.linkedCases(who).stream()
                .map(current -> new LinkedCase(current.summary().caseId(), current.summary().name().display()))
                .toList();
        model.addAttribute("cases", cases);
        return "family-cases";
    }

    @GetMapping("/family/cases/{caseId}")
    public String show(@PathVariable UUID caseId, Authentication who, Model model) {
        CaseReader.Current current = queries.read(caseId, null, who);
        // The same family representations as the API: what the page can show is decided there.
        model.addAttribute("c", FamilyCaseView.of(current.summary()));
        model.addAttribute("entries", histories.familyView(caseId).entries());
        model.addAttribute("people", people.familyViewOfARead(caseId, who));
        return "family-case";
    }
}
