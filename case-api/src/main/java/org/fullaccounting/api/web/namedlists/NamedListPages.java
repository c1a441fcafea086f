package org.fullaccounting.api.web.namedlists;

import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.namedlists.ListPage;
import org.fullaccounting.api.application.namedlists.ListWritten;
import org.fullaccounting.api.application.namedlists.MembersWritten;
import org.fullaccounting.api.application.namedlists.NamedLists;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.web.CaseRefs;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.web.namedlists.requests.ListRequest;
import org.fullaccounting.api.web.namedlists.requests.ListRevisionRequest;
import org.fullaccounting.api.web.namedlists.requests.MembershipRequest;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The named lists' pages: every list with the form that creates one; one list with a page of its
 * members and the forms that revise it and put cases on and off it (case ids or service numbers,
 * one per line). Thin adapters over NamedLists, as the API is; a rejected form comes back with
 * what was typed and the field marked.
 */
@Controller
@PageController
public class NamedListPages {

    private static final int PAGE_SIZE = 50;

    private final NamedLists lists;
    private final Forms forms;

    NamedListPages(NamedLists lists, Forms forms) {
        this.lists = lists;
        this.forms = forms;
    }

    @GetMapping("/lists")
    public String all(Authentication who, Model model) {
        return renderAll(who, model, Map.of(), Map.of());
    }

    @PostMapping("/lists")
    public String create(@RequestParam Map<String, String> f, Authentication who, Model model,
                         RedirectAttributes redirect) {
        ListRequest request = new ListRequest(Forms.text(f, "name"), Forms.text(f, "keeper"), Forms.text(f, "version"),
                Forms.text(f, "date"), "on".equals(f.get("lastSeenAlive")) || "true".equals(f.get("lastSeenAlive")));
        Map<String, String> errors = new LinkedHashMap<>(forms.check(request));
        if (errors.isEmpty()) {
            try {
                ListWritten written = lists.create(request.name(), request.keeper(), request.version(),
                        HistoricalDate.ofNullable(request.date()), request.lastSeenAlive(), who);
                redirect.addFlashAttribute("done", "List created.");
                return "redirect:/lists/" + written.listId();
            } catch (CaseRuleViolation | Refusal refused) {
                errors.put(field(refused, "name"), refused.getMessage());
            }
        }
        model.addAttribute("problem", "The list was not created: correct the marked fields.");
        return renderAll(who, model, f, errors);
    }

    @GetMapping("/lists/{listId}")
    public String one(@PathVariable UUID listId, @RequestParam(defaultValue = "0") int page, Authentication who,
                      Model model) {
        return renderOne(listId, page, who, model, null, Map.of(), Map.of());
    }

    @PostMapping("/lists/{listId}/revisions")
    public String revise(@PathVariable UUID listId, @RequestParam Map<String, String> f, Authentication who,
                         Model model, RedirectAttributes redirect) {
        ListRevisionRequest request = new ListRevisionRequest(Forms.text(f, "version"), Forms.text(f, "date"),
                Forms.text(f, "reason"));
        Map<String, String> errors = new LinkedHashMap<>(forms.check(request));
        if (errors.isEmpty()) {
            try {
                lists.revise(listId, request.version(), HistoricalDate.ofNullable(request.date()), request.reason(),
                        who);
                redirect.addFlashAttribute("done", "New edition recorded.");
                return "redirect:/lists/" + listId;
            } catch (CaseRuleViolation rule) {
                errors.put(field(rule, "version"), rule.getMessage());
            }
        }
        model.addAttribute("problem", "The edition was not recorded: correct the marked fields.");
        return renderOne(listId, 0, who, model, "revision", f, errors);
    }

    @PostMapping("/lists/{listId}/members")
    public String add(@PathVariable UUID listId, @RequestParam Map<String, String> f, Authentication who, Model model,
                      RedirectAttributes redirect) {
        return change(listId, f, who, model, redirect, true);
    }

    @PostMapping("/lists/{listId}/removals")
    public String remove(@PathVariable UUID listId, @RequestParam Map<String, String> f, Authentication who,
                         Model model, RedirectAttributes redirect) {
        return change(listId, f, who, model, redirect, false);
    }

    private String change(UUID listId, Map<String, String> f, Authentication who, Model model,
                          RedirectAttributes redirect, boolean adding) {
        String formName = adding ? "members" : "removals";
        CaseRefs cases = CaseRefs.parse(f.get("cases"));
        MembershipRequest request = new MembershipRequest(null, cases.caseIds(), cases.serviceNumbers(),
                Forms.text(f, "source"), null, Forms.text(f, "reason"));
        Map<String, String> errors = new LinkedHashMap<>();
        forms.check(request).forEach((field, message) -> errors.putIfAbsent(casesField(field), message));
        if (errors.isEmpty()) {
            try {
                MembersWritten written = adding ? lists.add(listId, request.change(), who)
                        : lists.remove(listId, request.change(), who);
                int n = written.entries().size();
                redirect.addFlashAttribute("done", (adding ? "Added " : "Removed ") + n + (n == 1 ? " case." : " cases."));
                return "redirect:/lists/" + listId;
            } catch (CaseRuleViolation | Refusal refused) {
                if (refused instanceof Refusal refusal && refusal.field() == null) {
                    throw refusal;
                }
                errors.put(casesField(field(refused, "cases")), refused.getMessage());
            }
        }
        model.addAttribute("problem", "No case was " + (adding ? "added" : "removed")
                + ": correct the marked fields; nothing was recorded.");
        return renderOne(listId, 0, who, model, formName, f, errors);
    }

    private static String field(RuntimeException refused, String otherwise) {
        String field = refused instanceof CaseRuleViolation rule ? rule.field()
                : refused instanceof Refusal refusal ? refusal.field() : null;
        return field == null ? otherwise : field;
    }

    /** The request's case fields are one text area on the page. */
    private static String casesField(String field) {
        String plain = field.replaceFirst("\\[.*", "");
        return plain.equals("caseIds") || plain.equals("serviceNumbers") || plain.equals("caseId") ? "cases" : plain;
    }

    private String renderAll(Authentication who, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("lists", lists.all(who));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", "list");
        model.addAttribute("familyView", AccessPolicy.familyView(who));
        return "lists";
    }

    private String renderOne(UUID listId, int page, Authentication who, Model model, String openForm,
                             Map<String, String> form, Map<String, String> errors) {
        ListPage found = lists.read(listId, Math.max(page, 0), PAGE_SIZE, who);
        model.addAttribute("list", found.list());
        model.addAttribute("members", found.members());
        model.addAttribute("pages", (found.members().total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", openForm == null ? "" : openForm);
        model.addAttribute("familyView", AccessPolicy.familyView(who));
        return "list";
    }
}
