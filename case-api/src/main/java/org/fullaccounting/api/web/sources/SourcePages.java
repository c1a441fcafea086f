package org.fullaccounting.api.web.sources;

import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.sources.AttachmentWritten;
import org.fullaccounting.api.application.sources.Attachments;
import org.fullaccounting.api.application.sources.SourcePage;
import org.fullaccounting.api.application.sources.SourceRegister;
import org.fullaccounting.api.application.sources.SourceWritten;
import org.fullaccounting.api.web.Forms;
import org.fullaccounting.api.web.PageController;
import org.fullaccounting.api.web.sources.requests.SourceCorrectionRequest;
import org.fullaccounting.api.web.sources.requests.SourceLinkRequest;
import org.fullaccounting.api.web.sources.requests.SourceRequest;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.sources.api.DocumentKind;
import org.fullaccounting.projections.sources.SourceView;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The source register's pages: the list with its search and, for caseworkers, the form that
 * registers a document; one source with the cases it concerns and the form that links more. Thin
 * adapters over SourceRegister, as the API is; a rejected form comes back with what was typed.
 */
@Controller
@PageController
public class SourcePages {

    private final SourceRegister register;
    private final Attachments attachments;
    private final Forms forms;

    SourcePages(SourceRegister register, Attachments attachments, Forms forms) {
        this.register = register;
        this.attachments = attachments;
        this.forms = forms;
    }

    @PostMapping("/sources/{sourceId}/attachments")
    public String attach(@PathVariable UUID sourceId, @RequestParam(name = "file", required = false) MultipartFile file,
                         Authentication who, Model model, RedirectAttributes redirect) throws java.io.IOException {
        try {
            AttachmentWritten written = attachments.attach(sourceId, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes(), who);
            redirect.addFlashAttribute("done", "File attached as number " + written.number() + ".");
            return "redirect:/sources/" + sourceId;
        } catch (Refusal refusal) {
            if (!"file".equals(refusal.field())) {
                throw refusal;
            }
            model.addAttribute("problem", "Nothing was attached: the " + refusal.getMessage() + ".");
            return renderSource(sourceId, who, model, Map.of(), Map.of("file", refusal.getMessage()));
        }
    }

    /** The download for the pages' session (the API's twin answers HTTP Basic); logged as any read of the source. */
    @GetMapping("/sources/{sourceId}/attachments/{number}")
    public ResponseEntity<byte[]> download(@PathVariable UUID sourceId, @PathVariable int number, Authentication who) {
        Attachments.Download file = attachments.download(sourceId, number, who);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.mediaType())).contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @GetMapping("/sources")
    public String list(@RequestParam(required = false) String q, Authentication who, Model model) {
        return renderList(q, who, model, Map.of(), Map.of());
    }

    @PostMapping("/sources")
    public String registerSource(@RequestParam Map<String, String> f, Authentication who, Model model,
                                 RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        DocumentKind kind = kind(f.get("kind"), errors);
        SourceRequest request = new SourceRequest(kind, Forms.text(f, "title"), Forms.text(f, "date"),
                Forms.lines(f.get("authors")), Forms.lines(f.get("parties")), Forms.text(f, "archiveReference"),
                Forms.text(f, "reliabilityNote"), "on".equals(f.get("restricted")) || "true".equals(f.get("restricted")));
        forms.check(request).forEach((field, message) -> errors.putIfAbsent(field.replaceFirst("\\[.*", ""), message));
        if (!errors.isEmpty()) {
            model.addAttribute("problem", "The source was not registered: correct the marked fields.");
            return renderList(null, who, model, f, errors);
        }
        try {
            SourceWritten written = register.register(request.description(), who);
            redirect.addFlashAttribute("done", "Source registered.");
            return "redirect:/sources/" + written.sourceId();
        } catch (CaseRuleViolation rule) {
            errors.put(rule.field() == null ? "title" : rule.field(), rule.getMessage());
            model.addAttribute("problem", "The source was not registered: " + rule.getMessage());
            return renderList(null, who, model, f, errors);
        }
    }

    @GetMapping("/sources/{sourceId}")
    public String source(@PathVariable UUID sourceId, Authentication who, Model model) {
        return renderSource(sourceId, who, model, Map.of(), Map.of());
    }

    @PostMapping("/sources/{sourceId}/cases")
    public String link(@PathVariable UUID sourceId, @RequestParam Map<String, String> f, Authentication who,
                       Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<UUID> caseIds = Forms.caseIds(f.get("caseIds"), errors);
        SourceLinkRequest request = new SourceLinkRequest(caseIds, Forms.text(f, "reason"));
        if (errors.isEmpty()) {
            forms.check(request).forEach((field, message) -> errors.putIfAbsent(field.replaceFirst("\\[.*", ""), message));
        }
        if (errors.isEmpty()) {
            try {
                register.linkToCases(sourceId, request.caseIds(), request.reason(), who);
                redirect.addFlashAttribute("done", "Linked to " + caseIds.size() + (caseIds.size() == 1 ? " case." : " cases."));
                return "redirect:/sources/" + sourceId;
            } catch (CaseRuleViolation rule) {
                errors.put(rule.field() == null ? "caseIds" : rule.field(), rule.getMessage());
            } catch (Refusal refusal) {
                if (refusal.field() == null) {
                    throw refusal;
                }
                errors.put(refusal.field(), refusal.getMessage());
            }
        }
        model.addAttribute("problem", "Nothing was linked: correct the marked fields.");
        return renderSource(sourceId, who, model, f, errors);
    }

    /** The correction form: the description in full as it should read, and why; refused, it comes back as typed. */
    @PostMapping("/sources/{sourceId}/corrections")
    public String correct(@PathVariable UUID sourceId, @RequestParam Map<String, String> f, Authentication who,
                          Model model, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        DocumentKind kind = kind(f.get("kind"), errors);
        SourceCorrectionRequest request = new SourceCorrectionRequest(kind, Forms.text(f, "title"),
                Forms.text(f, "date"), Forms.lines(f.get("authors")), Forms.lines(f.get("parties")),
                Forms.text(f, "archiveReference"), Forms.text(f, "reliabilityNote"),
                "on".equals(f.get("restricted")) || "true".equals(f.get("restricted")), Forms.text(f, "reason"));
        forms.check(request).forEach((field, message) -> errors.putIfAbsent(field.replaceFirst("\\[.*", ""), message));
        if (errors.isEmpty()) {
            try {
                register.correct(sourceId, request.description(), request.reason(), who);
                redirect.addFlashAttribute("done", "Source corrected. The earlier description stays in its history.");
                return "redirect:/sources/" + sourceId;
            } catch (CaseRuleViolation rule) {
                errors.put(rule.field() == null ? "reason" : rule.field(), rule.getMessage());
            }
        }
        model.addAttribute("problem", "The source was not corrected: correct the marked fields.");
        model.addAttribute("correction", f);
        model.addAttribute("correctionErrors", errors);
        return renderSource(sourceId, who, model, Map.of(), Map.of());
    }

    /** The current description as the correction form's fields. */
    private static Map<String, String> asForm(SourceView source) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", source.kind());
        form.put("title", source.title());
        form.put("date", source.date() == null ? "" : source.date());
        form.put("authors", String.join("\n", source.authors()));
        form.put("parties", String.join("\n", source.parties()));
        form.put("archiveReference", source.archiveReference() == null ? "" : source.archiveReference());
        form.put("reliabilityNote", source.reliabilityNote() == null ? "" : source.reliabilityNote());
        form.put("restricted", source.restricted() ? "on" : "");
        return form;
    }

    private String renderList(String q, Authentication who, Model model, Map<String, String> form,
                              Map<String, String> errors) {
        model.addAttribute("q", q);
        model.addAttribute("sources", register.search(q, 100, who));
        model.addAttribute("kinds", DocumentKind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("familyView", AccessPolicy.familyView(who));
        return "sources";
    }

    private String renderSource(UUID sourceId, Authentication who, Model model, Map<String, String> form,
                                Map<String, String> errors) {
        SourcePage page = register.read(sourceId, who);
        model.addAttribute("source", page.source());
        model.addAttribute("cases", page.cases());
        model.addAttribute("attachments", page.attachments());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("familyView", AccessPolicy.familyView(who));
        if (!model.containsAttribute("correction")) {
            model.addAttribute("correction", AccessPolicy.familyView(who) ? Map.of() : asForm(page.source()));
            model.addAttribute("correctionErrors", Map.of());
        }
        model.addAttribute("kinds", DocumentKind.values());
        return "source";
    }

    private static DocumentKind kind(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;   // the request's own rule says it is required
        }
        try {
            return DocumentKind.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            errors.put("kind", "choose one of the listed options");
            return null;
        }
    }

}
