package org.fullaccounting.api.web.remains;

import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.remains.AccessionPage;
import org.fullaccounting.api.application.remains.AccessionWritten;
import org.fullaccounting.api.application.remains.Accessions;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.web.remains.requests.AccessionRequest;
import org.fullaccounting.api.web.remains.requests.CandidateRequest;
import org.fullaccounting.api.web.remains.requests.IdentificationRequest;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.IdentificationMethod;
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
import java.util.function.Supplier;

/**
 * The accessions' pages: the list with the form that receives one; one accession with its candidates
 * and the forms that add, exclude and identify. Thin adapters over Accessions, as the API is; a
 * rejected form comes back with what was typed and the error beside the field.
 */
@Controller
@PageController
public class AccessionPages {

    private final Accessions accessions;
    private final Forms forms;

    AccessionPages(Accessions accessions, Forms forms) {
        this.accessions = accessions;
        this.forms = forms;
    }

    @GetMapping("/accessions")
    public String list(Authentication who, Model model) {
        return renderList(who, model, Map.of(), Map.of());
    }

    @PostMapping("/accessions")
    public String receive(@RequestParam Map<String, String> f, Authentication who, Model model,
                          RedirectAttributes redirect) {
        AccessionRequest request = new AccessionRequest(Forms.text(f, "name"), Forms.text(f, "receivedOn"),
                Forms.text(f, "origin"), Forms.text(f, "lot"));
        Map<String, String> errors = new LinkedHashMap<>(forms.check(request));
        if (errors.isEmpty()) {
            try {
                AccessionWritten written = accessions.receive(request.description(), who);
                redirect.addFlashAttribute("done", "Accession received.");
                return "redirect:/accessions/" + written.accessionId();
            } catch (CaseRuleViolation rule) {
                errors.put(rule.field() == null ? "name" : rule.field(), rule.getMessage());
            }
        }
        model.addAttribute("problem", "The accession was not received: correct the marked fields.");
        return renderList(who, model, f, errors);
    }

    @GetMapping("/accessions/{accessionId}")
    public String accession(@PathVariable UUID accessionId, Authentication who, Model model) {
        return renderAccession(accessionId, who, model, "candidate", Map.of(), Map.of());
    }

    @PostMapping("/accessions/{accessionId}/candidates")
    public String addCandidate(@PathVariable UUID accessionId, @RequestParam Map<String, String> f, Authentication who,
                               Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CandidateRequest request = new CandidateRequest(caseId(f, errors), Forms.text(f, "reason"));
        return submit(accessionId, "candidate", f, errors, request, "Candidate added.", who, model, redirect,
                () -> accessions.addCandidate(accessionId, request.caseId(), request.reason(), who));
    }

    @PostMapping("/accessions/{accessionId}/exclusions")
    public String exclude(@PathVariable UUID accessionId, @RequestParam Map<String, String> f, Authentication who,
                          Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CandidateRequest request = new CandidateRequest(caseId(f, errors), Forms.text(f, "reason"));
        return submit(accessionId, "exclusion", f, errors, request, "Candidate excluded.", who, model, redirect,
                () -> accessions.exclude(accessionId, request.caseId(), request.reason(), who));
    }

    @PostMapping("/accessions/{accessionId}/identifications")
    public String identify(@PathVariable UUID accessionId, @RequestParam Map<String, String> f, Authentication who,
                           Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        IdentificationRequest request = new IdentificationRequest(caseId(f, errors), method(f, errors),
                Forms.text(f, "identifiedOn"), Forms.text(f, "sample"));
        return submit(accessionId, "identification", f, errors, request,
                "Candidate identified; the case is accounted for.", who, model, redirect,
                () -> accessions.identify(accessionId, request.caseId(), request.method(),
                        HistoricalDate.ofNullable(request.identifiedOn()), request.sample(), who));
    }

    /** Checks the request, writes, and answers with the page again: a redirect when done, the form with its errors if not. */
    private String submit(UUID accessionId, String formName, Map<String, String> f, Map<String, String> errors,
                          Object request, String done, Authentication who, Model model, RedirectAttributes redirect,
                          Supplier<AccessionWritten> write) {
        if (errors.isEmpty()) {
            forms.check(request).forEach(errors::putIfAbsent);
        }
        if (errors.isEmpty()) {
            try {
                write.get();
                redirect.addFlashAttribute("done", done);
                return "redirect:/accessions/" + accessionId;
            } catch (CaseRuleViolation rule) {
                errors.put(rule.field() == null ? "caseId" : rule.field(), rule.getMessage());
            } catch (Refusal refusal) {
                if (refusal.field() == null) {
                    throw refusal;
                }
                errors.put(refusal.field(), refusal.getMessage());
            }
        }
        model.addAttribute("problem", "Nothing was recorded: correct the marked fields.");
        return renderAccession(accessionId, who, model, formName, f, errors);
    }

    private String renderList(Authentication who, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("accessions", accessions.list(Accessions.MAX_RESULTS, who));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "accessions";
    }

    private String renderAccession(UUID accessionId, Authentication who, Model model, String openForm,
                                   Map<String, String> form, Map<String, String> errors) {
        AccessionPage page = accessions.read(accessionId, who);
        model.addAttribute("accession", page.accession());
        model.addAttribute("candidates", page.candidates());
        model.addAttribute("methods", IdentificationMethod.values());
        model.addAttribute("openForm", openForm);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "accession";
    }

    private static UUID caseId(Map<String, String> f, Map<String, String> errors) {
        String text = Forms.text(f, "caseId");
        if (text == null) {
            return null;   // the request's own rule says it is required
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.put("caseId", "is not a case id");
            return null;
        }
    }

    private static IdentificationMethod method(Map<String, String> f, Map<String, String> errors) {
        String text = Forms.text(f, "method");
        if (text == null) {
            return null;
        }
        try {
            return IdentificationMethod.valueOf(text);
        } catch (IllegalArgumentException e) {
            errors.put("method", "choose one of the listed options");
            return null;
        }
    }
}
