package org.fullaccounting.api.application.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a saved archive against the live system: for every case in its manifest, the live chain
 * must verify (recomputed from the stored rows, {@link EventChain}) at least as far as the archive
 * went, and its link at the archive's last event must be the archive's head. A superuser who
 * rewrote a whole chain, recomputing every link so that it verifies, still changes that head: the
 * case is named. Cases recorded at or before the archive's last position but absent from it are
 * named too (planted into the past). Also answers the SHA-256 of the bytes received, and whether
 * it equals what this installation recorded when it wrote the archive.
 */
@Service
public class ArchiveCheck {

    private final EventChain chain;
    private final AuditArchive archives;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ArchiveCheck(EventChain chain, AuditArchive archives, JdbcTemplate jdbc, ObjectMapper json) {
        this.chain = chain;
        this.archives = archives;
        this.jdbc = jdbc;
        this.json = json;
    }

    public record Difference(UUID caseId, long archivedEvents, String archivedHead, long liveEvents,
                             String liveHead, String reason) {
    }

    /**
     * {@code matchesRecordedDigest}: null when this installation has no completed record of the
     * archive (taken elsewhere, or restored here).
     */
    public record Report(UUID archiveId, String sha256, String recordedSha256, Boolean matchesRecordedDigest,
                         long events, long lastPosition, int cases, int casesMatching, boolean allMatch,
                         List<Difference> differing, List<UUID> notInArchive) {
    }

    public Report check(InputStream archive) {
        ArchiveReader.Read read = ArchiveReader.read(archive, json, event -> { });
        AuditArchive.Manifest manifest = read.manifest();
        List<Difference> differing = new ArrayList<>();
        Set<UUID> archived = new HashSet<>();
        for (AuditArchive.CaseHead head : manifest.cases()) {
            archived.add(head.caseId());
            Difference difference = compare(head);
            if (difference != null) {
                differing.add(difference);
            }
        }
        List<UUID> notInArchive = new ArrayList<>();
        jdbc.query("SELECT DISTINCT aggregate_identifier FROM domain_event_entry WHERE global_index <= ?", rs -> {
            UUID caseId = UUID.fromString(rs.getString(1));
            if (!archived.contains(caseId)) {
                notInArchive.add(caseId);
            }
        }, manifest.lastPosition());
        String recorded = manifest.archiveId() == null ? null
                : archives.recorded(manifest.archiveId()).map(AuditArchive.Recorded::sha256).orElse(null);
        return new Report(manifest.archiveId(), read.sha256(), recorded,
                recorded == null ? null : recorded.equals(read.sha256()), manifest.events(), manifest.lastPosition(),
                manifest.cases().size(), manifest.cases().size() - differing.size(),
                differing.isEmpty() && notInArchive.isEmpty(), differing, notInArchive);
    }

    private Difference compare(AuditArchive.CaseHead archived) {
        EventChain.Verification live = chain.verify(archived.caseId());
        if (live.events() == 0 && live.brokenAt() == null) {
            return difference(archived, live, null, "the case is not in the live system");
        }
        if (!live.valid() && live.brokenAt().sequenceNumber() < archived.events()) {
            return difference(archived, live, null, "the live chain breaks at event "
                    + live.brokenAt().sequenceNumber() + ": " + live.brokenAt().reason());
        }
        if (live.events() < archived.events()) {
            return difference(archived, live, null, "the live case has fewer events than the archive");
        }
        String liveHead = jdbc.queryForList("SELECT encode(hash, 'hex') FROM event_chain WHERE aggregate_identifier = ? "
                + "AND sequence_number = ?", String.class, archived.caseId().toString(), archived.events() - 1)
                .stream().findFirst().orElse(null);
        return Objects.equals(liveHead, archived.headHash()) ? null : difference(archived, live, liveHead,
                "the live chain verifies but its head at the archive's last event differs: the history was rewritten");
    }

    private static Difference difference(AuditArchive.CaseHead archived, EventChain.Verification live,
                                         String liveHead, String reason) {
        return new Difference(archived.caseId(), archived.events(), archived.headHash(), live.events(), liveHead, reason);
    }
}
