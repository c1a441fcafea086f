package org.fullaccounting.api.web.reports;

import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.reports.ReportPage;
import org.fullaccounting.api.application.reports.ReportWritten;
import org.fullaccounting.api.application.reports.SightingReports;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.web.reports.requests.CorrelationAssessmentRequest;
import org.fullaccounting.api.web.reports.requests.CorrelationRequest;
import org.fullaccounting.api.web.reports.requests.ReportRequest;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.Assessment;
import org.fullaccounting.casefile.api.SourceKind;
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
import java.util.function.Function;

/**
 * The sighting reports' pages: the list with the form that files one; a report with its
 * correlations and the forms that correlate a case and assess a correlation; the queue of
 * correlations still unresolved. Thin adapters over SightingReports, as the API is; a rejected
 * form comes back with what was typed and the field marked.
 */
@Controller
@PageController
public class ReportPages {

    private final SightingReports reports;
    private final Forms forms;

    ReportPages(SightingReports reports, Forms forms) {
        this.reports = reports;
        this.forms = forms;
    }

    @GetMapping("/sighting-reports")
    public String list(Authentication who, Model model) {
        return renderList(who, model, Map.of(), Map.of());
    }

    @GetMapping("/sighting-reports/queue")
    public String queue(Authentication who, Model model) {
        model.addAttribute("queue", reports.queue(SightingReports.MAX_RESULTS, who));
        return "sighting-report-queue";
    }

    @PostMapping("/sighting-reports")
    public String file(@RequestParam Map<String, String> f, Authentication who, Model model,
                       RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        ReportRequest request = new ReportRequest(Forms.text(f, "observedOn"), Forms.text(f, "reportedOn"),
                Forms.text(f, "place"), parse(f, "sourceKind", SourceKind::valueOf, errors), Forms.text(f, "witness"),
                Forms.text(f, "description"), parse(f, "sourceId", UUID::fromString, errors));
        forms.check(request).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                ReportWritten written = reports.file(request.filing(), who);
                redirect.addFlashAttribute("done", "Sighting report filed.");
                return "redirect:/sighting-reports/" + written.reportId();
            } catch (CaseRuleViolation | Refusal refused) {
                if (!rejectedField(refused, "description", errors)) {
                    throw refused;
                }
            }
        }
        model.addAttribute("problem", "The report was not filed: correct the marked fields.");
        return renderList(who, model, f, errors);
    }

    @GetMapping("/sighting-reports/{reportId}")
    public String report(@PathVariable UUID reportId, Authentication who, Model model) {
        return renderReport(reportId, who, model, "correlate", Map.of(), Map.of());
    }

    @PostMapping("/sighting-reports/{reportId}/correlations")
    public String correlate(@PathVariable UUID reportId, @RequestParam Map<String, String> f, Authentication who,
                            Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        CorrelationRequest request = new CorrelationRequest(parse(f, "caseId", UUID::fromString, errors),
                parse(f, "assessment", Assessment::valueOf, errors), Forms.text(f, "reason"));
        forms.check(request).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                reports.correlate(reportId, request.caseId(), request.assessment(), request.reason(), who);
                redirect.addFlashAttribute("done", "Correlated with the case.");
                return "redirect:/sighting-reports/" + reportId;
            } catch (CaseRuleViolation | Refusal refused) {
                if (!rejectedField(refused, "caseId", errors)) {
                    throw refused;
                }
            }
        }
        model.addAttribute("problem", "The case was not correlated: correct the marked fields.");
        return renderReport(reportId, who, model, "correlate", f, errors);
    }

    @PostMapping("/sighting-reports/{reportId}/assessments")
    public String assess(@PathVariable UUID reportId, @RequestParam Map<String, String> f, Authentication who,
                         Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        UUID caseId = parse(f, "caseId", UUID::fromString, errors);
        if (caseId == null) {
            errors.putIfAbsent("caseId", "choose a correlated case");
        }
        CorrelationAssessmentRequest request = new CorrelationAssessmentRequest(parse(f, "assessment",
                Assessment::valueOf, errors), Forms.text(f, "reason"));
        forms.check(request).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                reports.assess(reportId, caseId, request.assessment(), request.reason(), who);
                redirect.addFlashAttribute("done", "Correlation assessed.");
                return "redirect:/sighting-reports/" + reportId;
            } catch (CaseRuleViolation | Refusal refused) {
                if (!rejectedField(refused, "assessment", errors)) {
                    throw refused;
                }
            }
        }
        model.addAttribute("problem", "The correlation was not assessed: correct the marked fields.");
        return renderReport(reportId, who, model, "assess", f, errors);
    }

    /** A refusal about a field of the form is shown beside it; any other (an unknown report) answers as the API's. */
    private static boolean rejectedField(RuntimeException refused, String fallback, Map<String, String> errors) {
        String field = refused instanceof CaseRuleViolation rule ? rule.field() : ((Refusal) refused).field();
        if (refused instanceof Refusal && field == null) {
            return false;
        }
        errors.put(field == null ? fallback : field, refused.getMessage());
        return true;
    }

    /** An option or id typed by hand that is none: marked on its field; blank is left to the request's own rule. */
    private static <T> T parse(Map<String, String> form, String field, Function<String, T> parser,
                               Map<String, String> errors) {
        String value = Forms.text(form, field);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.trim());
        } catch (IllegalArgumentException e) {
            errors.put(field, field.endsWith("Id") ? "is not an id" : "choose one of the listed options");
            return null;
        }
    }

    private String renderList(Authentication who, Model model, Map<String, String> form, Map<String, String> errors) {
        model.addAttribute("reports", reports.list(SightingReports.MAX_RESULTS, who));
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "sighting-reports";
    }

    private String renderReport(UUID reportId, Authentication who, Model model, String sentForm,
                                Map<String, String> form, Map<String, String> errors) {
        ReportPage page = reports.read(reportId, who);
        model.addAttribute("report", page.report());
        model.addAttribute("correlations", page.correlations());
        model.addAttribute("assessments", Assessment.values());
        model.addAttribute("sentForm", sentForm);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "sighting-report";
    }
}
