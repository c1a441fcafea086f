package org.fullaccounting.api.web.sources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fullaccounting.api.application.sources.AttachmentWritten;
import org.fullaccounting.api.application.sources.Attachments;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Scans and transcripts attached to registered sources. */
@RestController
@Tag(name = "Sources")
public class AttachmentController {

    private final Attachments attachments;

    AttachmentController(Attachments attachments) {
        this.attachments = attachments;
    }

    // No "consumes": a body of another type is answered by the guards and handlers every write shares
    // (415 for forms and text, 400 MALFORMED_REQUEST for one that is not multipart), as for every operation.
    @PostMapping("/api/sources/{sourceId}/attachments")
    @Operation(summary = "Attach a file to a source", description = "Caseworkers only. multipart/form-data with "
            + "one part named file: a PDF, JPEG, PNG, TIFF or plain-text file, its type judged from its bytes "
            + "(415 UNSUPPORTED_FILE_TYPE otherwise), at most 20 MiB (413 above). Stored in PostgreSQL; the "
            + "source's FileAttachedEvent carries its SHA-256. Numbered 1, 2, ... The X-Requested-With header "
            + "(any value) is required: no web form can send it, so another site cannot make a signed-in "
            + "browser upload (without it: 415).")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object",
            requiredProperties = {"file"}), schemaProperties = @SchemaProperty(name = "file",
            schema = @Schema(type = "string", format = "binary"))))
    public ResponseEntity<AttachmentWritten> attach(@PathVariable UUID sourceId,
                                                    @RequestPart("file") MultipartFile file,
                                                    @Parameter(description = "any value, e.g. curl")
                                                    @RequestHeader("X-Requested-With") String requestedWith,
                                                    Authentication who) throws IOException {
        AttachmentWritten written = attachments.attach(sourceId, file.getOriginalFilename(), file.getBytes(), who);
        return ResponseEntity.created(URI.create("/api/sources/" + sourceId + "/attachments/" + written.number()))
                .body(written);
    }

    @GetMapping("/api/sources/{sourceId}/attachments/{number}")
    @Operation(summary = "Download an attached file", description = "With the type sniffed at upload; only for "
            + "those who may read the source (a family: an unrestricted source on its own case, else 404 "
            + "UNKNOWN_SOURCE). Every download is in the access log.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/tiff", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "text/plain", schema = @Schema(type = "string"))})
    public ResponseEntity<byte[]> download(@PathVariable UUID sourceId, @PathVariable int number,
                                           Authentication who) {
        Attachments.Download file = attachments.download(sourceId, number, who);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
