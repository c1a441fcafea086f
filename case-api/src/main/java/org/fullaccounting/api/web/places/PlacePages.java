package org.fullaccounting.api.web.places;

import org.fullaccounting.api.application.places.CampPage;
import org.fullaccounting.api.application.places.IncidentPage;
import org.fullaccounting.api.application.places.PlaceWritten;
import org.fullaccounting.api.application.places.Places;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.web.places.requests.CampRequest;
import org.fullaccounting.api.web.places.requests.IncidentRequest;
import org.fullaccounting.api.web.places.requests.PlaceLinkRequest;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The pages of loss incidents and camps: each list with its search and the form that records one;
 * one record with its cases, the form that links more, and a link to the board filtered by it. Thin
 * adapters over Places, as the API is; a rejected form comes back with what was typed.
 */
@Controller
@PageController
public class PlacePages {

    private final Places places;
    private final Forms forms;

    PlacePages(Places places, Forms forms) {
        this.places = places;
        this.forms = forms;
    }

    @GetMapping("/incidents")
    public String incidents(@RequestParam(required = false) String q, Authentication who, Model model) {
        return renderIncidents(q, who, model, Map.of(), Map.of());
    }

    @PostMapping("/incidents")
    public String recordIncident(@RequestParam Map<String, String> f, Authentication who, Model model,
                                 RedirectAttributes redirect) {
        IncidentRequest request = new IncidentRequest(Forms.text(f, "name"), Forms.text(f, "dates"),
                Forms.text(f, "place"), Forms.lines(f.get("units")));
        Map<String, String> errors = checked(request);
        if (errors.isEmpty()) {
            try {
                PlaceWritten written = places.recordIncident(request.description(), who);
                redirect.addFlashAttribute("done", "Incident recorded.");
                return "redirect:/incidents/" + written.id();
            } catch (CaseRuleViolation rule) {
                errors.put(rule.field() == null ? "name" : rule.field(), rule.getMessage());
            }
        }
        model.addAttribute("problem", "The incident was not recorded: correct the marked fields.");
        return renderIncidents(null, who, model, f, errors);
    }

    @GetMapping("/incidents/{incidentId}")
    public String incident(@PathVariable UUID incidentId, Authentication who, Model model) {
        return renderIncident(incidentId, who, model, Map.of(), Map.of());
    }

    @PostMapping("/incidents/{incidentId}/cases")
    public String linkToIncident(@PathVariable UUID incidentId, @RequestParam Map<String, String> f, Authentication who,
                                 Model model, RedirectAttributes redirect) {
        Map<String, String> errors = link(f, redirect, request -> () -> places.linkToIncident(incidentId,
                request.caseIds(), request.reason(), who));
        if (errors.isEmpty()) {
            return "redirect:/incidents/" + incidentId;
        }
        return renderIncident(incidentId, who, model, f, errors);
    }

    @GetMapping("/camps")
    public String camps(@RequestParam(required = false) String q, Authentication who, Model model) {
        return renderCamps(q, who, model, Map.of(), Map.of());
    }

    @PostMapping("/camps")
    public String recordCamp(@RequestParam Map<String, String> f, Authentication who, Model model,
                             RedirectAttributes redirect) {
        CampRequest request = new CampRequest(Forms.text(f, "name"), Forms.text(f, "location"),
                Forms.lines(f.get("aliases")));
        Map<String, String> errors = checked(request);
        if (errors.isEmpty()) {
            try {
                PlaceWritten written = places.recordCamp(request.description(), who);
                redirect.addFlashAttribute("done", "Camp recorded.");
                return "redirect:/camps/" + written.id();
            } catch (CaseRuleViolation rule) {
                errors.put(rule.field() == null ? "name" : rule.field(), rule.getMessage());
            }
        }
        model.addAttribute("problem", "The camp was not recorded: correct the marked fields.");
        return renderCamps(null, who, model, f, errors);
    }

    @GetMapping("/camps/{campId}")
    public String camp(@PathVariable UUID campId, Authentication who, Model model) {
        return renderCamp(campId, who, model, Map.of(), Map.of());
    }

    @PostMapping("/camps/{campId}/cases")
    public String linkToCamp(@PathVariable UUID campId, @RequestParam Map<String, String> f, Authentication who,
                             Model model, RedirectAttributes redirect) {
        Map<String, String> errors = link(f, redirect, request -> () -> places.linkToCamp(campId, request.caseIds(),
                request.reason(), who));
        if (errors.isEmpty()) {
            return "redirect:/camps/" + campId;
        }
        return renderCamp(campId, who, model, f, errors);
    }

    /** Links the typed cases; answers the errors to show (none: linked, and the flash message is set). */
    private Map<String, String> link(Map<String, String> f, RedirectAttributes redirect,
                                     java.util.function.Function<PlaceLinkRequest, Supplier<PlaceWritten>> write) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<UUID> caseIds = Forms.caseIds(f.get("caseIds"), errors);
        PlaceLinkRequest request = new PlaceLinkRequest(caseIds, Forms.text(f, "reason"));
        if (errors.isEmpty()) {
            errors.putAll(checked(request));
        }
        if (errors.isEmpty()) {
            try {
                write.apply(request).get();
                redirect.addFlashAttribute("done", "Linked " + caseIds.size() + (caseIds.size() == 1 ? " case." : " cases."));
                return errors;
            } catch (CaseRuleViolation rule) {
                errors.put(rule.field() == null ? "caseIds" : rule.field(), rule.getMessage());
            } catch (Refusal refusal) {
                if (refusal.field() == null) {
                    throw refusal;
                }
                errors.put(refusal.field(), refusal.getMessage());
            }
        }
        return errors;
    }

    private Map<String, String> checked(Object request) {
        Map<String, String> errors = new LinkedHashMap<>();
        forms.check(request).forEach((field, message) -> errors.putIfAbsent(field.replaceFirst("\\[.*", ""), message));
        return errors;
    }

    private String renderIncidents(String q, Authentication who, Model model, Map<String, String> form,
                                   Map<String, String> errors) {
        model.addAttribute("q", q);
        model.addAttribute("incidents", places.incidents(q, Places.MAX_RESULTS, who));
        return withForm(model, form, errors, "incidents");
    }

    private String renderCamps(String q, Authentication who, Model model, Map<String, String> form,
                               Map<String, String> errors) {
        model.addAttribute("q", q);
        model.addAttribute("camps", places.camps(q, Places.MAX_RESULTS, who));
        return withForm(model, form, errors, "camps");
    }

    private String renderIncident(UUID incidentId, Authentication who, Model model, Map<String, String> form,
                                  Map<String, String> errors) {
        IncidentPage page = places.incident(incidentId, who);
        model.addAttribute("incident", page.incident());
        model.addAttribute("cases", page.cases());
        if (!errors.isEmpty()) {
            model.addAttribute("problem", "Nothing was linked: correct the marked fields.");
        }
        return withForm(model, form, errors, "incident");
    }

    private String renderCamp(UUID campId, Authentication who, Model model, Map<String, String> form,
                              Map<String, String> errors) {
        CampPage page = places.camp(campId, who);
        model.addAttribute("camp", page.camp());
        model.addAttribute("cases", page.cases());
        if (!errors.isEmpty()) {
            model.addAttribute("problem", "Nothing was linked: correct the marked fields.");
        }
        return withForm(model, form, errors, "camp");
    }

    private static String withForm(Model model, Map<String, String> form, Map<String, String> errors, String view) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return view;
    }

}
