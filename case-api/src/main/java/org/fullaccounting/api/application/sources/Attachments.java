package org.fullaccounting.api.application.sources;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.audit.AccessLog;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.casefile.sources.api.AttachFileCommand;
import org.fullaccounting.projections.StorableText;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Files attached to registered sources. An upload is sniffed (FileTypes), hashed (SHA-256) and
 * stored as bytea in the same transaction as the source's FileAttachedEvent carrying the hash, so
 * the bytes and the record of them commit together or not at all. The upload limit is the
 * multipart limit (spring.servlet.multipart, 20 MiB; BodyLimits answers 413 above it). A download
 * is allowed to whoever may read the source (a family: an unrestricted source on its own case) and
 * is written to the access log, granted or refused.
 */
@Service
public class Attachments {

    /** What a download needs: the file's type, name, size, and its bytes. */
    public record Download(String mediaType, String filename, long size, byte[] content) {
    }

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;
    private final SourceRegister register;
    private final AccessLog accessLog;
    private final Clock clock;
    private final long limitBytes;

    Attachments(CommandGateway commands, TransactionTemplate transaction, JdbcTemplate jdbc, SourceRegister register,
                AccessLog accessLog, Clock clock,
                @org.springframework.beans.factory.annotation.Value("${fa.limits.attachment:20MB}")
                org.springframework.util.unit.DataSize limit) {
        this.commands = commands;
        this.transaction = transaction;
        this.jdbc = jdbc;
        this.register = register;
        this.accessLog = accessLog;
        this.clock = clock;
        this.limitBytes = limit.toBytes();
    }

    public AttachmentWritten attach(UUID sourceId, String filename, byte[] content, Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER)) {
            throw new org.springframework.security.access.AccessDeniedException("caseworkers keep the source register");
        }
        register.requireKnown(sourceId);
        if (content == null || content.length == 0) {
            throw Refusal.invalidParameter("file", "is required and may not be empty");
        }
        if (content.length > limitBytes) {
            // BodyLimits refuses a declared length over it; this catches a chunked upload Spring took whole.
            throw Refusal.payloadTooLarge("an attachment", limitBytes);
        }
        String mediaType = FileTypes.sniff(content);
        if (mediaType == null) {
            throw Refusal.invalid(RefusalCode.UNSUPPORTED_FILE_TYPE, "file", "is not a PDF, JPEG, PNG, TIFF or "
                    + "plain-text file (judged by its content, not its name or declared type)");
        }
        String name = filename == null || filename.isBlank() ? "attachment" : StorableText.storable(filename.strip());
        if (name.length() > 255) {
            name = name.substring(0, 255);
        }
        String sha256 = sha256(content);
        String storedName = name;
        try {
            return transaction.execute(status -> {
                int number = nextNumber(sourceId);
                jdbc.update("INSERT INTO source_attachment (source_id, number, filename, media_type, size, sha256,"
                                + " content, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", sourceId,
                        number, storedName, mediaType, content.length, sha256, content, Timestamp.from(clock.instant()),
                        who.getName());
                Long version = commands.sendAndWait(new AttachFileCommand(sourceId, number, storedName, mediaType,
                        content.length, sha256));
                return new AttachmentWritten(sourceId, number, mediaType, content.length, sha256,
                        version == null ? 0 : version);
            });
        } catch (DuplicateKeyException concurrentUpload) {
            throw Refusal.because(RefusalCode.STALE_VERSION, "another file was attached to the source at the same "
                    + "moment; send it again", concurrentUpload);
        }
    }

    /** The file, if the caller may read its source; the download is in the access log either way. */
    public Download download(UUID sourceId, int number, Authentication who) {
        boolean readable = register.readable(sourceId, who);
        List<Download> found = !readable ? List.of() : jdbc.query("SELECT media_type, filename, size, content"
                        + " FROM source_attachment WHERE source_id = ? AND number = ?",
                (rs, i) -> new Download(rs.getString("media_type"), rs.getString("filename"), rs.getLong("size"),
                        rs.getBytes("content")), sourceId, number);
        accessLog.sourceRead(who.getName(), !found.isEmpty());
        if (!readable) {
            throw Refusal.unknownSource();
        }
        if (found.isEmpty()) {
            throw Refusal.of(RefusalCode.UNKNOWN_ATTACHMENT, "the source has no attachment " + number);
        }
        return found.get(0);
    }

    private int nextNumber(UUID sourceId) {
        Integer last = jdbc.queryForObject("SELECT max(number) FROM source_attachment WHERE source_id = ?",
                Integer.class, sourceId);
        return last == null ? 1 : last + 1;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
