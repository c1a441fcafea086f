package org.fullaccounting.api.application.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Reads an archive as {@link AuditArchive} wrote it, one line at a time (memory: the longest line,
 * which is the manifest), hashing every byte on the way: each event line goes to a consumer, the
 * last line must be the manifest. A line that is not such JSON refuses the archive, naming the line.
 */
public final class ArchiveReader {

    /** The manifest and the SHA-256 of every byte read. */
    public record Read(AuditArchive.Manifest manifest, String sha256, long eventLines) {
    }

    private ArchiveReader() {
    }

    public static Read read(InputStream archive, ObjectMapper json, Consumer<AuditEvents.AuditEvent> events) {
        MessageDigest sha256 = AuditArchive.sha256();
        AuditArchive.Manifest manifest = null;
        long lineNumber = 0;
        long eventLines = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new DigestInputStream(archive, sha256),
                StandardCharsets.UTF_8), 64 * 1024)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (manifest != null) {
                    throw invalid(lineNumber, "comes after the manifest, which must be the last line");
                }
                AuditArchive.Manifest read = readLine(json, line, lineNumber, events);
                if (read != null) {
                    manifest = read;
                } else {
                    eventLines++;
                }
            }
        } catch (JsonProcessingException e) {
            throw invalid(lineNumber, "cannot be read: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (manifest == null) {
            throw Refusal.invalid(RefusalCode.INVALID_ARCHIVE, "manifest", "is missing: an archive ends with its "
                    + "manifest line (was the download cut short?)");
        }
        return new Read(manifest, HexFormat.of().formatHex(sha256.digest()), eventLines);
    }

    /** The manifest if the line is one; otherwise the line is an event, handed to {@code events}. */
    private static AuditArchive.Manifest readLine(ObjectMapper json, String line, long lineNumber,
                                                  Consumer<AuditEvents.AuditEvent> events)
            throws JsonProcessingException {
        JsonNode node = parse(json, line, lineNumber);
        if (node.has("manifest")) {
            AuditArchive.Manifest manifest = json.treeToValue(node.get("manifest"), AuditArchive.Manifest.class);
            if (manifest == null || manifest.cases() == null || !AuditArchive.FORMAT.equals(manifest.format())) {
                throw invalid(lineNumber, "is not a manifest of the format " + AuditArchive.FORMAT);
            }
            return manifest;
        }
        AuditEvents.AuditEvent event = json.treeToValue(node, AuditEvents.AuditEvent.class);
        if (event.eventId() == null || event.caseId() == null || event.payload() == null
                || event.payloadType() == null || event.recordedAt() == null) {
            throw invalid(lineNumber, "is not an event: eventId, caseId, payload, payloadType and recordedAt are "
                    + "required");
        }
        events.accept(event);
        return null;
    }

    private static JsonNode parse(ObjectMapper json, String line, long lineNumber) {
        try {
            JsonNode node = json.readTree(line);
            if (node == null || !node.isObject()) {
                throw invalid(lineNumber, "is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw invalid(lineNumber, "is not JSON: " + e.getOriginalMessage());
        }
    }

    private static Refusal invalid(long lineNumber, String problem) {
        return Refusal.invalid(RefusalCode.INVALID_ARCHIVE, "line " + lineNumber, problem);
    }
}
