package org.fullaccounting.api.web.cases;

import org.fullaccounting.projections.sightings.SightingsProjection;
import org.fullaccounting.api.application.admin.ModelRebuilds;
import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.api.application.history.CaseHistories;
import org.fullaccounting.api.application.lists.CaseLists;
import org.fullaccounting.api.application.cases.CaseCommands;
import org.fullaccounting.api.application.cases.CaseQueries;
import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.api.application.cases.Written;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.api.web.Forms;
import jakarta.validation.Valid;
import org.fullaccounting.api.web.RebuildNotices;
import org.fullaccounting.api.web.cases.EntryForms.AssessmentForm;
import org.fullaccounting.api.web.cases.EntryForms.RetractionForm;
import org.fullaccounting.api.web.cases.requests.CaptivityRequest;
import org.fullaccounting.api.web.cases.requests.CorrespondenceRequest;
import org.fullaccounting.api.web.cases.requests.EntryRequest;
import org.fullaccounting.api.web.cases.requests.NonRecoverableRequest;
import org.fullaccounting.api.web.cases.requests.NoteRequest;
import org.fullaccounting.api.web.cases.requests.PresumptiveFindingRequest;
import org.fullaccounting.api.web.cases.requests.ReopeningRequest;
import org.fullaccounting.api.web.cases.requests.ReclassificationRequest;
import org.fullaccounting.api.web.cases.requests.RemainsRequest;
import org.fullaccounting.api.web.cases.requests.SightingRequest;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.history.CaseHistory;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case for caseworkers and auditors: identity, status, the timeline ordered by when things
 * happened, and (for caseworkers) a form per kind of entry. The page carries the version it was
 * rendered from; a form sent from a page someone else has since written past is refused, not merged.
 * Reading and writing go through CaseQueries and CaseCommands, as the API's do.
 */
@Controller
@PageController
public class CasePage {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final CaseQueries queries;
    private final CaseCommands commands;
    private final CaseHistories histories;
    private final CaseLists lists;
    private final Forms forms;
    private final SourceRegister sources;
    private final ModelRebuilds rebuilds;

    CasePage(CaseQueries queries, CaseCommands commands, CaseHistories histories, CaseLists lists, Forms forms,
             SourceRegister sources, ModelRebuilds rebuilds) {
        this.sources = sources;
        this.rebuilds = rebuilds;
        this.queries = queries;
        this.commands = commands;
        this.histories = histories;
        this.lists = lists;
        this.forms = forms;
    }

    @GetMapping("/cases/{caseId}")
    public String show(@PathVariable UUID caseId, @RequestParam(required = false) Long v,
                       @RequestParam(required = false) String validAt, Authentication who, Model model)
            throws InterruptedException {
        LocalDate day = day(validAt);
        CaseReader.Current current = queries.read(caseId, null, day, who);
        if (v != null && v > 0) {
            // The history is complete either way; after its own write the page waits a moment for the
            // read model, which is cheaper than folding a long case's events from the store.
            histories.awaitVersion(caseId, v, PATIENCE);
        }
        String page = render(current, who, model, null, Map.of(), Map.of());
        if (day != null) {
            // What held on that day: the status in force, and the timeline of the entries that held by then.
            model.addAttribute("validAt", day.toString());
            model.addAttribute("inForce", current.inForce());
            model.addAttribute("timeline", histories.validAt((CaseHistory) model.getAttribute("timeline"), day));
        } else if (validAt != null && !validAt.isBlank()) {
            model.addAttribute("validAtError", "Give a day, such as 1970-01-01.");
        }
        return page;
    }

    /** A date input's value ("1970-01-01"); null when absent or not a day. */
    private static LocalDate day(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.trim());
        } catch (DateTimeParseException malformed) {
            return null;
        }
    }

    @PostMapping("/cases/{caseId}/sighting")
    public String sighting(@PathVariable UUID caseId, @Valid @ModelAttribute("submitted") SightingRequest entry,
                           BindingResult binding, @RequestParam Map<String, String> fields, Authentication who,
                           Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.SIGHTING, fields, Forms.errors(binding)), entry, who,
                model, redirect);
    }

    @PostMapping("/cases/{caseId}/assessment")
    public String assessment(@PathVariable UUID caseId, @Valid @ModelAttribute("submitted") AssessmentForm entry,
                             BindingResult binding, @RequestParam Map<String, String> fields, Authentication who,
                             Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.ASSESSMENT, fields,
                errors(binding, entry == null ? null : entry.request())), entry, who, model, redirect);
    }

    @PostMapping("/cases/{caseId}/reclassification")
    public String reclassification(@PathVariable UUID caseId,
                                   @Valid @ModelAttribute("submitted") ReclassificationRequest entry,
                                   BindingResult binding, @RequestParam Map<String, String> fields,
                                   Authentication who, Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.RECLASSIFICATION, fields, Forms.errors(binding)), entry,
                who, model, redirect);
    }

    @PostMapping("/cases/{caseId}/presumptive-finding")
    public String presumptiveFinding(@PathVariable UUID caseId,
                                     @Valid @ModelAttribute("submitted") PresumptiveFindingRequest entry,
                                     BindingResult binding, @RequestParam Map<String, String> fields,
                                     Authentication who, Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.PRESUMPTIVE_FINDING, fields, Forms.errors(binding)),
                entry, who, model, redirect);
    }

    @PostMapping("/cases/{caseId}/non-recoverable")
    public String nonRecoverable(@PathVariable UUID caseId, @Valid @ModelAttribute("submitted") NonRecoverableRequest entry,
                                 BindingResult binding, @RequestParam Map<String, String> fields,
                                 Authentication who, Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.NON_RECOVERABLE, fields, Forms.errors(binding)), entry,
                who, model, redirect);
    }

    @PostMapping("/cases/{caseId}/reopening")
    public String reopening(@PathVariable UUID caseId, @Valid @ModelAttribute("submitted") ReopeningRequest entry,
                            BindingResult binding, @RequestParam Map<String, String> fields,
                            Authentication who, Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.REOPENING, fields, Forms.errors(binding)), entry,
                who, model, redirect);
    }

    @PostMapping("/cases/{caseId}/correspondence")
    public String correspondence(@PathVariable UUID caseId,
                                 @Valid @ModelAttribute("submitted") CorrespondenceRequest entry,
                                 BindingResult binding, @RequestParam Map<String, String> fields, Authentication who,
                                 Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.CORRESPONDENCE, fields, Forms.errors(binding)), entry,
                who, model, redirect);
    }

    @PostMapping("/cases/{caseId}/captivity")
    public String captivity(@PathVariable UUID caseId, @Valid @ModelAttribute("submitted") CaptivityRequest entry,
                            BindingResult binding, @RequestParam Map<String, String> fields, Authentication who,
                            Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.CAPTIVITY, fields, Forms.errors(binding)), entry, who,
                model, redirect);
    }

    @PostMapping("/cases/{caseId}/remains")
    public String remains(@PathVariable UUID caseId, @Valid @ModelAttribute("submitted") RemainsRequest entry,
                          BindingResult binding, @RequestParam Map<String, String> fields, Authentication who,
                          Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.REMAINS, fields, Forms.errors(binding)), entry, who,
                model, redirect);
    }

    @PostMapping("/cases/{caseId}/note")
    public String note(@PathVariable UUID caseId, @Valid @ModelAttribute("submitted") NoteRequest entry,
                       BindingResult binding, @RequestParam Map<String, String> fields, Authentication who,
                       Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.NOTE, fields, Forms.errors(binding)), entry, who, model,
                redirect);
    }

    @PostMapping("/cases/{caseId}/retraction")
    public String retraction(@PathVariable UUID caseId, @Valid @ModelAttribute("submitted") RetractionForm entry,
                             BindingResult binding, @RequestParam Map<String, String> fields, Authentication who,
                             Model model, RedirectAttributes redirect) {
        return record(new Submission(caseId, CaseEntryForms.RETRACTION, fields,
                errors(binding, entry == null ? null : entry.request())), entry, who, model, redirect);
    }

    /**
     * The binding's errors, then those of the request the form becomes (a form whose fields bind
     * can still make a request the API would refuse); the first error a field has wins.
     */
    private Map<String, String> errors(BindingResult binding, Object request) {
        Map<String, String> errors = Forms.errors(binding);
        if (request != null) {
            forms.check(request).forEach(errors::putIfAbsent);
        }
        return errors;
    }

    /** A form with no such kind of entry: as unknown as a case that does not exist. */
    @PostMapping("/cases/{caseId}/{form}")
    public String unknownForm(@PathVariable UUID caseId) {
        throw Refusal.unknownCase(caseId);
    }

    /** One sent form: the case, its kind, the fields as typed and what is wrong with them. */
    private record Submission(UUID caseId, CaseEntryForms kind, Map<String, String> fields,
                              Map<String, String> errors) {
    }

    private String record(Submission sent, EntryRequest entry, Authentication who, Model model,
                          RedirectAttributes redirect) {
        UUID caseId = sent.caseId();
        CaseEntryForms kind = sent.kind();
        if (entry == null || !sent.errors().isEmpty()) {
            return refused(sent, who, model, "The " + kind.name + " was not saved: correct the marked fields.");
        }
        try {
            Written written = commands.recordFromPage(caseId, entry::command, pageVersion(sent.fields().get("version")),
                    who);
            redirect.addFlashAttribute("done", kind.done);
            return "redirect:/cases/" + caseId + "?v=" + written.version() + "#entry-" + written.entryId();
        } catch (Refusal refused) {
            if (refused.code() != RefusalCode.STALE_VERSION && refused.field() != null
                    && refused.code() != RefusalCode.UNKNOWN_CASE) {
                sent.errors().put(refused.field(), refused.getMessage());
                return refused(sent, who, model, "The " + kind.name + " was not saved: " + refused.getMessage());
            }
            if (refused.code() != RefusalCode.STALE_VERSION) {
                throw refused;
            }
            return refused(sent, who, model, "Someone else recorded something on this case after you opened the "
                    + "page, so your " + kind.name + " was NOT saved. The page now shows the case as it stands; "
                    + "your entry is kept below. Check it against the new history and send it again.");
        } catch (CaseRuleViolation rule) {
            if (rule.field() != null) {
                sent.errors().put(rule.field(), rule.getMessage());
            }
            return refused(sent, who, model, "The " + kind.name + " was not saved: " + rule.getMessage());
        }
    }

    /** The page again, as it stands now, with the form as sent and why it was not saved. */
    private String refused(Submission sent, Authentication who, Model model, String problem) {
        model.addAttribute("problem", problem);
        return render(queries.read(sent.caseId(), null, who), who, model, sent.kind().name, sent.fields(),
                sent.errors());
    }

    private String render(CaseReader.Current current, Authentication who, Model model, String openForm, Map<String, String> form,
                          Map<String, String> errors) {
        UUID caseId = current.summary().caseId();
        CaseHistory timeline = histories.current(caseId);
        model.addAttribute("c", current.summary());
        model.addAttribute("version", current.version());
        model.addAttribute("timeline", timeline);
        model.addAttribute("sightings", lists.sightings(null, caseId, 0, 100, who).items());
        model.addAttribute("rebuilding", RebuildNotices.notices(rebuilds.of(List.of(SightingsProjection.NAME))));
        model.addAttribute("openForm", openForm);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("sourceKinds", SourceKind.values());
        model.addAttribute("assessments", Assessment.values());
        model.addAttribute("correspondenceKinds", CorrespondenceKind.values());
        model.addAttribute("directions", Direction.values());
        model.addAttribute("captivityKinds", CaptivityFactKind.values());
        model.addAttribute("remainsStages", RemainsRequest.Stage.values());
        model.addAttribute("methods", IdentificationMethod.values());
        model.addAttribute("registeredSources", sources.search(null, SourceRegister.MAX_RESULTS, who));
        return "case";
    }

    /** The version the page was rendered from; null when absent or unreadable. */
    private static Long pageVersion(String version) {
        try {
            return Long.parseLong(version == null ? "" : version.trim());
        } catch (NumberFormatException missing) {
            return null;
        }
    }
}
