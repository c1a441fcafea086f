package org.fullaccounting.api.web.cases;

import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.application.cases.CaseCommands;
import org.fullaccounting.api.application.cases.Written;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.api.web.cases.requests.NameRequest;
import org.fullaccounting.api.web.cases.requests.OpenCaseRequest;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.Branch;
import org.fullaccounting.casefile.api.CaseStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;


/**
 * Opening a case from a form; a rejected form comes back with everything typed in it. The opening
 * may cite a registered source, picked as on the case page's entry forms.
 */
@Controller
@PageController
public class NewCasePage {

    private final CaseCommands commands;
    private final Forms forms;
    private final SourceRegister sources;

    NewCasePage(CaseCommands commands, Forms forms, SourceRegister sources) {
        this.commands = commands;
        this.forms = forms;
        this.sources = sources;
    }

    @GetMapping("/cases/new")
    public String form(Authentication who, Model model) {
        return render(model, who, Map.of(), Map.of());
    }

    /** The form's fields: the API's OpenCaseRequest, with the name's parts as fields of their own. */
    record NewCaseForm(String serviceNumber, String family, String given, String middle, String rank, Branch branch,
                       String unit, String lossDate, String lossPlace, String circumstances, CaseStatus status,
                       String source, java.util.UUID sourceId, String locator) {

        OpenCaseRequest request() {
            return new OpenCaseRequest(serviceNumber, new NameRequest(family, given, middle), rank, branch, unit,
                    lossDate, lossPlace, circumstances, status, source, sourceId, locator);
        }
    }

    @PostMapping("/cases")
    public String open(@ModelAttribute("submitted") NewCaseForm form, BindingResult binding,
                       @RequestParam Map<String, String> f, Authentication who, Model model,
                       RedirectAttributes redirect) {
        Map<String, String> errors = Forms.errors(binding);
        OpenCaseRequest r = form == null ? null : form.request();
        if (r != null) {
            // "name.family" from the validator is the form's "family".
            forms.check(r).forEach((field, message) -> errors.putIfAbsent(field.replaceFirst("^name\\.", ""),
                    message));
        }
        if (r == null || !errors.isEmpty()) {
            model.addAttribute("problem", "The case was not opened: correct the marked fields.");
            return render(model, who, f, errors);
        }
        try {
            Written written = commands.open(r::command, who, CaseCommands.Idempotency.none());
            redirect.addFlashAttribute("done", "Case opened.");
            return "redirect:/cases/" + written.caseId() + "?v=" + written.version();
        } catch (Refusal refused) {
            // A cited source no longer (or never) in the register: said beside the picker.
            if (refused.field() == null || refused.code() != RefusalCode.INVALID_PARAMETER) {
                throw refused;
            }
            errors.put(refused.field(), refused.getMessage());
            model.addAttribute("problem", "The case was not opened: " + refused.getMessage());
            return render(model, who, f, errors);
        } catch (CaseRuleViolation rule) {
            errors.put(rule.field() == null ? "serviceNumber" : rule.field(), rule.getMessage());
            model.addAttribute("problem", "The case was not opened: " + rule.getMessage());
            Object existing = rule.facts().get("existingCaseId");
            if (existing != null) {
                model.addAttribute("existingCaseId", existing.toString());
            }
            return render(model, who, f, errors);
        }
    }

    private String render(Model model, Authentication who, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("branches", Branch.values());
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("registeredSources", sources.search(null, SourceRegister.MAX_RESULTS, who));
        return "new-case";
    }
}
