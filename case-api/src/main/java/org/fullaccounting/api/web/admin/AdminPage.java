package org.fullaccounting.api.web.admin;

import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;

import org.fullaccounting.api.web.accounts.AccountController;
import org.fullaccounting.api.application.accounts.Accounts;
import org.fullaccounting.api.application.accounts.FamilyLinking;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.springframework.security.core.Authentication;
import org.fullaccounting.api.application.admin.ParkedEvent;
import org.fullaccounting.api.application.admin.ProcessorStatus;
import org.fullaccounting.api.application.admin.Projections;
import org.fullaccounting.api.application.admin.ReplayCoordinator;
import org.fullaccounting.api.application.admin.ReplayStatus;
import org.fullaccounting.api.application.admin.RetryResult;
import org.fullaccounting.api.web.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Accounts and roles, family links, and the read models with their replay buttons. The progress bars poll
 * /admin/projections.json from this session (the API's admin endpoints take HTTP Basic only).
 */
@Controller
@PageController
public class AdminPage {

    /** Parked events listed per read model on the page; the API lists more. */
    private static final int PARKED_SHOWN = 20;

    private final Accounts accounts;
    private final Projections projections;
    private final ReplayCoordinator replays;
    private final Forms forms;
    private final FamilyLinking familyLinking;

    AdminPage(Accounts accounts, Projections projections, ReplayCoordinator replays, Forms forms,
              FamilyLinking familyLinking) {
        this.replays = replays;
        this.familyLinking = familyLinking;
        this.accounts = accounts;
        this.projections = projections;
        this.forms = forms;
    }

    @GetMapping("/admin")
    public String page(Model model) {
        return render(model, Map.of(), Map.of(), Set.of());
    }

    @GetMapping("/admin/projections.json")
    @ResponseBody
    public List<ProcessorStatus> statuses() {
        return projections.statuses();
    }

    @PostMapping("/admin/projections/{name}/replay")
    public String replay(@PathVariable String name, Authentication who, RedirectAttributes redirect) {
        try {
            ReplayStatus replay = replays.request(name, who.getName());
            redirect.addFlashAttribute("done", "Replay " + replay.replayId() + " of '" + name + "' asked for: every "
                    + "node stops the model, one resets it, all start again.");
        } catch (Refusal refused) {
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/admin#projections";
    }

    /** The latest replay of a model in a line: where it stands across the nodes. */
    private static String replayLine(ReplayStatus r) {
        String nodes = r.nodes().size() + " node(s) stopped, "
                + r.nodes().stream().filter(n -> n.rejoinedAt() != null).count() + " started again";
        return "Replay " + r.replayId() + " (asked by " + r.requestedBy() + " at " + r.requestedAt() + "): " + switch (r.state()) {
            case "RELEASING" -> "stopping the nodes; " + nodes + "; claims still held by " + r.claimsHeldBy();
            case "RESET" -> "reset by " + r.resetBy() + " at " + r.endedAt() + "; " + nodes;
            default -> "failed: " + r.failure() + "; " + nodes;
        };
    }

    @PostMapping("/admin/projections/{name}/dead-letters/retry")
    public String retryDeadLetters(@PathVariable String name, RedirectAttributes redirect) {
        RetryResult result = projections.retryDeadLetters(name);
        redirect.addFlashAttribute(result.stillParked() == 0 ? "done" : "problem", "Retried the parked events of '"
                + name + "': " + result.casesApplied() + " of " + result.casesTried() + " cases applied, "
                + result.stillParked() + " events still parked.");
        return "redirect:/admin#projections";
    }

    /** The family-link form; {@code action} "unlink" ends a link, anything else makes one. */
    record FamilyLinkForm(String username, UUID caseId, String reason, String action) {
    }

    /** Link or unlink; a refusal comes back as a message naming the problem, with the form as it was. */
    @PostMapping("/admin/family-links")
    public String familyLink(@ModelAttribute("submitted") FamilyLinkForm link, BindingResult binding,
                             @RequestParam Map<String, String> f, Authentication who, RedirectAttributes redirect) {
        if (link == null || binding.hasFieldErrors("caseId") || link.caseId() == null) {
            refuse(redirect, f, "the case id is not a case id");
            return "redirect:/admin#family-links-title";
        }
        boolean unlink = "unlink".equals(link.action());
        try {
            if (unlink) {
                familyLinking.unlink(link.username(), link.caseId(), link.reason(), who);
            } else {
                familyLinking.link(link.username(), link.caseId(), link.reason(), who);
            }
            redirect.addFlashAttribute("done", (unlink ? "Unlinked " : "Linked ") + link.username() + ".");
        } catch (Refusal refused) {
            refuse(redirect, f, refused.code() == RefusalCode.UNKNOWN_CASE ? "there is no such case"
                    : refused.getMessage());
        } catch (CaseRuleViolation violated) {
            refuse(redirect, f, violated.getMessage());
        }
        return "redirect:/admin#family-links-title";
    }

    private static void refuse(RedirectAttributes redirect, Map<String, String> form, String why) {
        redirect.addFlashAttribute("problem", "The family link was not saved: " + why + ".");
        redirect.addFlashAttribute("linkForm", form);
    }

    /**
     * The new-account form: the API's NewAccount, roles as ticked boxes. The password is read as
     * sent (never trimmed), and never kept in the model.
     */
    record NewAccountForm(String username, Set<AccountController.Role> roles) {

        Set<AccountController.Role> chosen() {
            Set<AccountController.Role> chosen = EnumSet.noneOf(AccountController.Role.class);
            if (roles != null) {
                roles.stream().filter(Objects::nonNull).forEach(chosen::add);
            }
            return chosen;
        }

        /** A box sent without a role's name (an empty value) is no choice among the listed roles. */
        boolean unreadableRole() {
            return roles != null && roles.contains(null);
        }
    }

    @PostMapping("/admin/accounts")
    public String create(@ModelAttribute("submitted") NewAccountForm sent, BindingResult binding,
                         @RequestParam Map<String, String> f, Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (sent == null || binding.hasFieldErrors("roles") || sent.unreadableRole()) {
            errors.put("roles", "choose among the listed roles");
        }
        Set<AccountController.Role> chosen = sent == null ? EnumSet.noneOf(AccountController.Role.class)
                : sent.chosen();
        AccountController.NewAccount account = new AccountController.NewAccount(sent == null ? null : sent.username(),
                f.get("password"), chosen);
        forms.check(account).forEach(errors::putIfAbsent);
        if (errors.isEmpty()) {
            try {
                accounts.create(account.username(), account.password(), chosen.stream().map(Enum::name).toList());
                redirect.addFlashAttribute("done", "Account '" + account.username() + "' created.");
                return "redirect:/admin";
            } catch (Refusal exists) {
                if (exists.code() != RefusalCode.ACCOUNT_EXISTS) {
                    throw exists;
                }
                errors.put("username", "an account with this name exists already");
            }
        }
        model.addAttribute("problem", "The account was not created: correct the marked fields.");
        Map<String, String> kept = new LinkedHashMap<>(f);
        kept.remove("password");
        return render(model, kept, errors, chosen);
    }

    private String render(Model model, Map<String, String> form, Map<String, String> errors,
                          Set<AccountController.Role> chosen) {
        if (!model.containsAttribute("linkForm")) {
            model.addAttribute("linkForm", Map.of());
        }
        model.addAttribute("accounts", accounts.list());
        model.addAttribute("roles", AccountController.Role.values());
        model.addAttribute("chosenRoles", chosen.stream().map(Enum::name).toList());
        List<ProcessorStatus> statuses = projections.statuses();
        model.addAttribute("projections", statuses);
        Map<String, List<ParkedEvent>> parked = new LinkedHashMap<>();
        statuses.stream().filter(p -> p.deadLetters() > 0)
                .forEach(p -> parked.put(p.name(), projections.deadLetters(p.name(), PARKED_SHOWN)));
        model.addAttribute("parked", parked);
        Map<String, String> replayLines = new LinkedHashMap<>();
        statuses.forEach(p -> replays.latest(p.name()).ifPresent(r -> replayLines.put(p.name(), replayLine(r))));
        model.addAttribute("replays", replayLines);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin";
    }
}
