package org.fullaccounting.api.web.cases;

import jakarta.servlet.http.HttpServletRequest;
import org.fullaccounting.api.cases.CaseAccess;
import org.fullaccounting.api.cases.CaseNotFound;
import org.fullaccounting.api.cases.CaseReader;
import org.fullaccounting.api.cases.CaseWriter;
import org.fullaccounting.api.cases.StaleVersion;
import org.fullaccounting.api.cases.Written;
import org.fullaccounting.api.cases.requests.RemainsRequest;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.*;
import org.fullaccounting.projections.history.CaseHistory;
import org.fullaccounting.projections.history.HistoryQuery;
import org.fullaccounting.projections.sightings.SightingsQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A case for caseworkers and auditors: identity, status, the timeline ordered by when things
 * happened, and (for caseworkers) a form per kind of entry. The page carries the version it was
 * rendered from; a form sent from a page someone else has since written past is refused, not merged.
 */
@Controller
public class CasePage {

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private final CaseAccess access;
    private final CaseReader reader;
    private final CaseWriter writer;
    private final HistoryQuery history;
    private final SightingsQuery sightings;
    private final Forms forms;

    CasePage(CaseAccess access, CaseReader reader, CaseWriter writer, HistoryQuery history,
             SightingsQuery sightings, Forms forms) {
        this.access = access;
        this.reader = reader;
        this.writer = writer;
        this.history = history;
        this.sightings = sightings;
        this.forms = forms;
    }

    @GetMapping("/cases/{caseId}")
    public String show(@PathVariable UUID caseId, @RequestParam(required = false) Long v, Authentication who,
                       Model model) throws InterruptedException {
        access.requireReadable(caseId, who);
        if (v != null && v > 0) {
            history.awaitVersion(caseId, v, PATIENCE);
        }
        return render(caseId, model, null, Map.of(), Map.of());
    }

    @PostMapping("/cases/{caseId}/{form}")
    public String write(@PathVariable UUID caseId, @PathVariable String form,
                        @RequestParam Map<String, String> fields, Authentication who, HttpServletRequest http,
                        Model model, RedirectAttributes redirect) throws InterruptedException {
        CaseEntryForms kind = CaseEntryForms.named(form);
        if (kind == null) {
            throw CaseNotFound.of(caseId);
        }
        access.requireReadable(caseId, who);
        Map<String, String> errors = new LinkedHashMap<>();
        Long expected = expectedVersion(fields.get("version"));
        UUID entryId = UUID.randomUUID();
        CaseCommand command = kind.command(caseId, entryId, expected, fields, errors, forms);
        if (command == null) {
            model.addAttribute("problem", "The " + kind.name + " was not saved: correct the marked fields.");
            return render(caseId, model, kind.name, fields, errors);
        }
        try {
            Written written = writer.write(new CaseWriter.Write(command, null));
            redirect.addFlashAttribute("done", kind.done);
            return "redirect:/cases/" + caseId + "?v=" + written.version() + "#entry-" + entryId;
        } catch (StaleVersion stale) {
            model.addAttribute("problem", "Someone else recorded something on this case after you opened the page, "
                    + "so your " + kind.name + " was NOT saved. The page now shows the case as it stands; your entry "
                    + "is kept below. Check it against the new history and send it again.");
            return render(caseId, model, kind.name, fields, errors);
        } catch (CaseRuleViolation rule) {
            if (rule.field() != null) {
                errors.put(rule.field(), rule.getMessage());
            }
            model.addAttribute("problem", "The " + kind.name + " was not saved: " + rule.getMessage());
            return render(caseId, model, kind.name, fields, errors);
        }
    }

    private String render(UUID caseId, Model model, String openForm, Map<String, String> form,
                          Map<String, String> errors) {
        CaseReader.Current current = reader.current(caseId).orElseThrow(() -> CaseNotFound.of(caseId));
        CaseHistory timeline = history.history(caseId).orElse(new CaseHistory(caseId, 0, null, List.of()));
        model.addAttribute("c", current.summary());
        model.addAttribute("version", current.version());
        model.addAttribute("timeline", timeline);
        model.addAttribute("behind", timeline.version() < current.version());
        model.addAttribute("sightings", sightings.list(null, caseId, 0, 100).items());
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
        return "case";
    }

    /** The version the page was rendered from, as the aggregate version the command expects. */
    private static Long expectedVersion(String version) {
        try {
            long v = Long.parseLong(version == null ? "" : version.trim());
            return v >= 1 ? new CaseVersion(v).lastSequence() : null;
        } catch (NumberFormatException missing) {
            return null;
        }
    }
}
