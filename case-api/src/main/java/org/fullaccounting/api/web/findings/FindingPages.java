package org.fullaccounting.api.web.findings;

import org.fullaccounting.api.application.findings.FindingWritten;
import org.fullaccounting.api.application.findings.Findings;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.web.CaseRefs;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.web.findings.requests.FindingRequest;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.CaseStatus;
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
 * The findings' pages: the latest findings with the form that applies one to many cases (case ids
 * or service numbers, one per line), and one finding with its cases. Thin adapters over Findings;
 * a refused case sends the form back naming it, with nothing recorded.
 */
@Controller
@PageController
public class FindingPages {

    private final Findings findings;
    private final Forms forms;

    FindingPages(Findings findings, Forms forms) {
        this.findings = findings;
        this.forms = forms;
    }

    @GetMapping("/findings")
    public String latest(Authentication who, Model model) {
        return render(who, model, Map.of(), Map.of());
    }

    @PostMapping("/findings")
    public String apply(@RequestParam Map<String, String> f, Authentication who, Model model,
                        RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CaseStatus to = status(f.get("to"), errors);
        FindingRequest.Effect effect = to == null ? FindingRequest.Effect.NOTE : FindingRequest.Effect.STATUS_CHANGE;
        CaseRefs cases = CaseRefs.parse(f.get("cases"));
        FindingRequest request = new FindingRequest(Forms.text(f, "title"), Forms.text(f, "by"), Forms.text(f, "date"),
                Forms.text(f, "source"), null, effect, to, cases.caseIds(), cases.serviceNumbers());
        forms.check(request).forEach((field, message) -> errors.putIfAbsent(casesField(field), message));
        if (errors.isEmpty()) {
            try {
                FindingWritten written = findings.apply(request.application(), who);
                int n = written.entries().size();
                redirect.addFlashAttribute("done", "Finding applied to " + n + (n == 1 ? " case." : " cases."));
                return "redirect:/findings/" + written.findingId();
            } catch (CaseRuleViolation rule) {
                errors.put(casesField(rule.field() == null ? "cases" : rule.field()), rule.getMessage());
            } catch (Refusal refusal) {
                if (refusal.field() == null) {
                    throw refusal;
                }
                errors.put(casesField(refusal.field()), refusal.getMessage());
            }
        }
        model.addAttribute("problem", "The finding was not applied to any case: correct the marked fields.");
        return render(who, model, f, errors);
    }

    @GetMapping("/findings/{findingId}")
    public String one(@PathVariable UUID findingId, Authentication who, Model model) {
        model.addAttribute("finding", findings.read(findingId, who));
        return "finding";
    }

    private String render(Authentication who, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("findings", findings.latest(who));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("openForm", "finding");
        return "findings";
    }

    private static CaseStatus status(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return CaseStatus.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            errors.put("to", "choose one of the listed options");
            return null;
        }
    }

    private static String casesField(String field) {
        String plain = field.replaceFirst("\\[.*", "");
        return plain.equals("caseIds") || plain.equals("serviceNumbers") ? "cases" : plain;
    }
}
