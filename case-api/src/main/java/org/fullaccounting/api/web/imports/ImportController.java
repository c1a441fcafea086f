package org.fullaccounting.api.web.imports;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.fullaccounting.api.application.imports.Format;
import org.fullaccounting.api.application.imports.ImportRun;
import org.fullaccounting.api.application.imports.Imports;
import org.fullaccounting.api.application.imports.ReportLine;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Casualty lists in: POST a CSV or NDJSON file, follow its progress, read what it could not open.
 * The work is the application's (Imports); this only takes the body and renders the answers.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Casualty lists in, as CSV or NDJSON")
public class ImportController {

    static final String CSV = "text/csv";
    static final String NDJSON = "application/x-ndjson";

    private final Imports imports;
    private final ObjectMapper json;

    ImportController(Imports imports, ObjectMapper json) {
        this.imports = imports;
        this.json = json;
    }

    /** The report as JSON: every rejected or skipped row's line, field and reason. */
    public record ImportReport(UUID importId, List<ReportLine> lines) {
    }

    @PostMapping(consumes = {CSV, NDJSON})
    @Operation(summary = "Import a casualty list", description = "CSV (text/csv, UTF-8 with or without a byte-order "
            + "mark, CRLF or LF, RFC 4180 quoting) with a header row naming, in any order, the columns service_number, "
            + "family_name, given_name, middle_name, rank, branch, unit, loss_date, loss_place, status, circumstances, "
            + "source (service_number, family_name, branch, status and source required in every row); or NDJSON "
            + "(application/x-ndjson), one POST /api/cases body per line. An unknown, repeated or missing required "
            + "column refuses the whole file (400 INVALID_FILE, naming it) and nothing is imported. Otherwise the "
            + "answer is 202 with Location: /api/imports/{importId} and the rows are imported in the background: "
            + "every good row opens a case, a row whose service number already has a case is skipped, a bad row is "
            + "rejected and changes nothing. Files are limited to fa.limits.import (256 MiB by default; 413 above).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = {
                    @Content(mediaType = CSV, schema = @Schema(type = "string")),
                    @Content(mediaType = NDJSON, schema = @Schema(type = "string"))}))
    @ApiResponse(responseCode = "202", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = ImportRun.class)))
    public ResponseEntity<ImportRun> start(
            @Parameter(description = "the file's name, recorded on every case it opens") @RequestParam(required = false)
            String fileName, HttpServletRequest http, Authentication who) throws IOException {
        Format format = Format.of(http.getContentType()).orElseThrow();
        ImportRun run = imports.start(fileName, format, http.getInputStream(), who);
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + run.importId())).body(run);
    }

    @GetMapping("/{importId}")
    @Operation(summary = "An import's progress", description = "RUNNING, DONE or FAILED; rows read, cases opened, "
            + "rows skipped and rejected, rows per second. An import whose node died is FAILED once its heartbeat "
            + "has lapsed (fa.imports.lapse, 60 s); its counts cover the rows recorded until then.")
    public ImportRun get(@PathVariable UUID importId, Authentication who) {
        return imports.find(importId, who);
    }

    @GetMapping(value = "/{importId}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What an import did not open", description = "Every rejected row (one line per problem: "
            + "the field and the reason) and every skipped row (the case that already holds its service number), "
            + "in the order of the file. Ask for text/csv to get it as CSV (line, outcome, field, reason, "
            + "existing_case_id).")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = ImportReport.class)),
            @Content(mediaType = CSV, schema = @Schema(type = "string"))})
    public ResponseEntity<StreamingResponseBody> report(@PathVariable UUID importId, Authentication who) {
        imports.find(importId, who);
        StreamingResponseBody body = out -> {
            out.write(("{\"importId\":\"" + importId + "\",\"lines\":[").getBytes(StandardCharsets.UTF_8));
            boolean[] first = {true};
            imports.report(importId, who, line -> write(out, first, line));
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        };
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
    }

    @GetMapping(value = "/{importId}/report", produces = CSV)
    public ResponseEntity<StreamingResponseBody> reportAsCsv(@PathVariable UUID importId, Authentication who) {
        imports.find(importId, who);
        StreamingResponseBody body = out -> imports.writeReportCsv(importId, who,
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8")).body(body);
    }

    private void write(OutputStream out, boolean[] first, ReportLine line) {
        try {
            if (!first[0]) {
                out.write(',');
            }
            first[0] = false;
            out.write(json.writeValueAsBytes(line));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
