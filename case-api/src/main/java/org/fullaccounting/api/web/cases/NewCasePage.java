package org.fullaccounting.api.web.cases;

import jakarta.servlet.http.HttpServletRequest;
import org.fullaccounting.api.cases.CaseWriter;
import org.fullaccounting.api.cases.Written;
import org.fullaccounting.api.cases.requests.NameRequest;
import org.fullaccounting.api.cases.requests.OpenCaseRequest;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.fullaccounting.casefile.api.OpenCaseCommand;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.fullaccounting.api.web.Forms.choice;
import static org.fullaccounting.api.web.Forms.text;

/** Opening a case from a form; a rejected form comes back with everything typed in it. */
@Controller
public class NewCasePage {

    private final CaseWriter writer;
    private final Forms forms;

    NewCasePage(CaseWriter writer, Forms forms) {
        this.writer = writer;
        this.forms = forms;
    }

    @GetMapping("/cases/new")
    public String form(Model model) {
        return render(model, Map.of(), Map.of());
    }

    @PostMapping("/cases")
    public String open(@RequestParam Map<String, String> f, Authentication who, HttpServletRequest http, Model model,
                       RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        OpenCaseRequest r = new OpenCaseRequest(text(f, "serviceNumber"),
                new NameRequest(text(f, "family"), text(f, "given"), text(f, "middle")), text(f, "rank"),
                choice(f, "branch", Branch.class, errors), text(f, "unit"), text(f, "lossDate"), text(f, "lossPlace"),
                text(f, "circumstances"), choice(f, "status", CaseStatus.class, errors), text(f, "source"));
        // "name.family" from the validator is the form's "family".
        forms.check(r).forEach((field, message) -> errors.putIfAbsent(field.replaceFirst("^name\\.", ""), message));
        if (!errors.isEmpty()) {
            model.addAttribute("problem", "The case was not opened: correct the marked fields.");
            return render(model, f, errors);
        }
        UUID caseId = UUID.randomUUID();
        OpenCaseCommand command = r.command(caseId);
        try {
            Written written = writer.write(new CaseWriter.Write(command, null));
            redirect.addFlashAttribute("done", "Case opened.");
            return "redirect:/cases/" + written.caseId() + "?v=" + written.version();
        } catch (CaseRuleViolation rule) {
            errors.put(rule.field() == null ? "serviceNumber" : rule.field(), rule.getMessage());
            model.addAttribute("problem", "The case was not opened: " + rule.getMessage());
            Object existing = rule.facts().get("existingCaseId");
            if (existing != null) {
                model.addAttribute("existingCaseId", existing.toString());
            }
            return render(model, f, errors);
        }
    }

    private static String render(Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("branches", Branch.values());
        model.addAttribute("statuses", CaseStatus.values());
        return "new-case";
    }
}
