package org.fullaccounting.api.web.people;

import jakarta.validation.Valid;
import org.fullaccounting.api.application.cases.CaseQueries;
import org.fullaccounting.api.application.people.CasePeopleService;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.web.people.requests.*;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.people.api.Line;
import org.fullaccounting.casefile.people.api.Relationship;
import org.fullaccounting.casefile.people.api.SampleType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A case's people and reference samples as pages: the caseworker's (and auditor's) list with the
 * forms to add and update, and the family member's form for their own contact details. Each form is
 * a thin adapter over CasePeopleService, which decides as it does for the API.
 */
@Controller
@PageController
public class PeoplePages {

    private final CasePeopleService people;
    private final CaseQueries cases;

    PeoplePages(CasePeopleService people, CaseQueries cases) {
        this.people = people;
        this.cases = cases;
    }

    @GetMapping("/cases/{caseId}/people")
    public String show(@PathVariable UUID caseId, Authentication who, Model model) {
        model.addAttribute("c", cases.read(caseId, null, who).summary());
        model.addAttribute("record", people.record(caseId, who));
        model.addAttribute("relationships", Relationship.values());
        model.addAttribute("types", SampleType.values());
        model.addAttribute("lines", Line.values());
        return "people";
    }

    @PostMapping("/cases/{caseId}/people")
    public String add(@PathVariable UUID caseId, @Valid @ModelAttribute PersonRequest form, BindingResult binding,
                      Authentication who, RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The person was added.",
                () -> people.add(caseId, form.name(), form.relationship(), form.born(), who));
    }

    @PostMapping("/cases/{caseId}/people/primary")
    public String primary(@PathVariable UUID caseId, @RequestParam UUID personId,
                          @Valid @ModelAttribute PrimaryRequest form, BindingResult binding, Authentication who,
                          RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The primary next of kin was named.",
                () -> people.makePrimary(caseId, personId, form.from(), form.reason(), who));
    }

    @PostMapping("/cases/{caseId}/people/death")
    public String death(@PathVariable UUID caseId, @RequestParam UUID personId, @Valid @ModelAttribute DeathRequest form,
                        BindingResult binding, Authentication who, RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The death was recorded.",
                () -> people.recordDeath(caseId, personId, form.died(), form.source(), form.successorId(), who));
    }

    @PostMapping("/cases/{caseId}/people/contact-details")
    public String contact(@PathVariable UUID caseId, @RequestParam UUID personId,
                          @Valid @ModelAttribute ContactDetailsRequest form, BindingResult binding, Authentication who,
                          RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The contact details were changed.",
                () -> people.changeContactDetails(caseId, personId, form.details(), who));
    }

    @PostMapping("/cases/{caseId}/people/corrections")
    public String correct(@PathVariable UUID caseId, @RequestParam UUID personId,
                          @Valid @ModelAttribute PersonCorrectionRequest form, BindingResult binding,
                          Authentication who, RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The person was corrected.", () -> people.correct(caseId, personId,
                form.name(), form.relationship(), form.born(), form.reason(), who));
    }

    /** An unticked box is not sent; its marker (_contact ...) makes it false: the consent is withheld. */
    @PostMapping("/cases/{caseId}/people/consents")
    public String consents(@PathVariable UUID caseId, @RequestParam UUID personId,
                           @Valid @ModelAttribute ConsentsRequest form, BindingResult binding, Authentication who,
                           RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The consents were recorded.",
                () -> people.recordConsents(caseId, personId, form.consents(), form.source(), who));
    }

    @PostMapping("/cases/{caseId}/people/account")
    public String account(@PathVariable UUID caseId, @RequestParam UUID personId,
                          @Valid @ModelAttribute AccountLinkRequest form, BindingResult binding, Authentication who,
                          RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The family account is now the person's own.",
                () -> people.linkAccount(caseId, personId, form.username(), form.reason(), who));
    }

    @PostMapping("/cases/{caseId}/people/samples")
    public String sample(@PathVariable UUID caseId, @Valid @ModelAttribute SampleRequest form, BindingResult binding,
                         Authentication who, RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The sample was requested.", () -> people.requestSample(caseId,
                form.donorId(), form.type(), form.line(), form.requestedOn(), who));
    }

    @PostMapping("/cases/{caseId}/people/samples/receipt")
    public String receipt(@PathVariable UUID caseId, @RequestParam UUID sampleId,
                          @Valid @ModelAttribute SampleReceiptRequest form, BindingResult binding, Authentication who,
                          RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The receipt was recorded.",
                () -> people.receiveSample(caseId, sampleId, form.receivedOn(), who));
    }

    @PostMapping("/cases/{caseId}/people/samples/processing")
    public String processing(@PathVariable UUID caseId, @RequestParam UUID sampleId,
                             @Valid @ModelAttribute SampleProcessingRequest form, BindingResult binding,
                             Authentication who, RedirectAttributes redirect) {
        return done(caseId, binding, redirect, "The processing was recorded.",
                () -> people.processSample(caseId, sampleId, form.processedOn(), form.labReference(), who));
    }

    /** The family member's own contact details, from their case's page. */
    @PostMapping("/family/cases/{caseId}/contact-details")
    public String own(@PathVariable UUID caseId, @Valid @ModelAttribute ContactDetailsRequest form,
                      BindingResult binding, Authentication who, RedirectAttributes redirect) {
        String back = "redirect:/family/cases/" + caseId + "#contact";
        Map<String, String> errors = Forms.errors(binding);
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("problem", "Not saved: " + describe(errors));
            return back;
        }
        try {
            people.changeOwnContactDetails(caseId, form.details(), who);
            redirect.addFlashAttribute("done", "Your contact details were saved.");
        } catch (CaseRuleViolation rule) {
            redirect.addFlashAttribute("problem", "Not saved: " + named(rule));
        } catch (Refusal refused) {
            if (refused.code() == RefusalCode.UNKNOWN_CASE) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", "Not saved: " + refused.getMessage());
        }
        return back;
    }

    private static String done(UUID caseId, BindingResult binding, RedirectAttributes redirect, String message,
                               Supplier<?> write) {
        String back = "redirect:/cases/" + caseId + "/people";
        Map<String, String> errors = Forms.errors(binding);
        if (!errors.isEmpty()) {
            redirect.addFlashAttribute("problem", "Not saved: " + describe(errors));
            return back;
        }
        try {
            write.get();
            redirect.addFlashAttribute("done", message);
        } catch (CaseRuleViolation rule) {
            redirect.addFlashAttribute("problem", "Not saved: " + named(rule));
        } catch (Refusal refused) {
            if (refused.code() == RefusalCode.UNKNOWN_CASE) {
                throw refused;
            }
            redirect.addFlashAttribute("problem", "Not saved: " + refused.getMessage());
        }
        return back;
    }

    private static String named(CaseRuleViolation rule) {
        return (rule.field() == null ? "" : rule.field() + ": ") + rule.getMessage();
    }

    private static String describe(Map<String, String> errors) {
        return String.join("; ", errors.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).toList());
    }
}
