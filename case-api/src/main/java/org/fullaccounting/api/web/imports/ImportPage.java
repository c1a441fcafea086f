package org.fullaccounting.api.web.imports;

import org.fullaccounting.api.application.imports.Format;
import org.fullaccounting.api.application.imports.ImportRun;
import org.fullaccounting.api.application.imports.Imports;
import org.fullaccounting.api.application.imports.ReportLine;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.web.PageController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The caseworkers' import page: upload a casualty list (a form post, so it works without
 * scripts), then its page with a progress bar kept live by /js/imports.js polling this session's
 * /imports/{id}.json, and the report. Both entrances (this and POST /api/imports) call Imports.
 */
@Controller
@PageController
public class ImportPage {

    /** How many report lines the page shows; the whole report is the CSV download. */
    static final int SHOWN = 1000;

    private final Imports imports;

    ImportPage(Imports imports) {
        this.imports = imports;
    }

    @GetMapping("/imports")
    public String list(Authentication who, Model model) {
        model.addAttribute("imports", imports.recent(20, who));
        model.addAttribute("limitMegabytes", imports.limitBytes() / (1024 * 1024));
        return "imports";
    }

    @PostMapping("/imports")
    public String upload(@RequestParam(name = "file", required = false) MultipartFile file, Authentication who,
                         Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(model, who, "Choose a CSV or NDJSON file to import.");
        }
        Format format = formatOf(file);
        if (format == null) {
            return refused(model, who, "The file must be CSV (.csv) or NDJSON (.ndjson, .jsonl).");
        }
        try (InputStream body = file.getInputStream()) {
            ImportRun run = imports.start(file.getOriginalFilename(), format, body, who);
            return "redirect:/imports/" + run.importId();
        } catch (Refusal refusal) {
            return refused(model, who, "Nothing was imported: " + refusal.getMessage());
        }
    }

    @GetMapping("/imports/{importId}")
    public String show(@PathVariable UUID importId, Authentication who, Model model) {
        ImportRun run = imports.find(importId, who);
        List<ReportLine> lines = new ArrayList<>();
        long[] total = {0};
        imports.report(importId, who, line -> {
            if (lines.size() < SHOWN) {
                lines.add(line);
            }
            total[0]++;
        });
        model.addAttribute("run", run);
        model.addAttribute("lines", lines);
        model.addAttribute("reportLines", total[0]);
        return "import";
    }

    @GetMapping(value = "/imports/{importId}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ImportRun progress(@PathVariable UUID importId, Authentication who) {
        return imports.find(importId, who);
    }

    @GetMapping("/imports/{importId}/report.csv")
    public ResponseEntity<StreamingResponseBody> report(@PathVariable UUID importId, Authentication who) {
        imports.find(importId, who);
        StreamingResponseBody body = out -> imports.writeReportCsv(importId, who,
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"import-" + importId + "-report.csv\"")
                .body(body);
    }

    private String refused(Model model, Authentication who, String problem) {
        model.addAttribute("problem", problem);
        return list(who, model);
    }

    /** By the type the browser sent, else by the file's extension (browsers send .ndjson as octet-stream). */
    private static Format formatOf(MultipartFile file) {
        Format byType = Format.of(file.getContentType()).orElse(null);
        if (byType != null) {
            return byType;
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return Format.NDJSON;
        }
        return null;
    }
}
