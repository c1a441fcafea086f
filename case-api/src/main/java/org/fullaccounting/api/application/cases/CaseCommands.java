package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.casefile.api.Citation;
import org.fullaccounting.casefile.api.OpenCaseCommand;
import org.fullaccounting.projections.sources.SourceQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import java.util.UUID;
import java.util.function.Function;

/**
 * Every write to a case, from every entrance (API, pages, family linking): the application decides
 * here who may write, which ids the new case and entry get, which version the command expects and
 * which idempotency key it answers to. Entrances only parse and render. Who wrote, with which
 * roles and under which request, goes onto the command as metadata by RecordingContext's dispatch
 * interceptor; the version written comes back from the aggregate.
 */
@Service
public class CaseCommands {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final CaseWriter writer;
    private final AccessPolicy access;
    private final SourceQuery sources;

    CaseCommands(CaseWriter writer, AccessPolicy access, SourceQuery sources) {
        this.writer = writer;
        this.access = access;
        this.sources = sources;
    }

    /** Makes the command for one new entry once its id is chosen; a null expected version expects none. */
    @FunctionalInterface
    public interface Entry {
        CaseCommand command(UUID caseId, UUID entryId, Long expectedVersion);
    }

    /**
     * An Idempotency-Key as sent, with the request it came with (method, path, parsed body): the
     * same key with a different request is refused, not replayed.
     */
    public record Idempotency(String key, String method, String path, Object body) {

        public static Idempotency none() {
            return new Idempotency(null, null, null, null);
        }
    }

    /** Opens a case under a new id (the opening entry's id is the case's). */
    public Written open(Function<UUID, OpenCaseCommand> opening, Authentication who, Idempotency idempotency) {
        UUID caseId = UUID.randomUUID();
        OpenCaseCommand command = opening.apply(caseId);
        requireRegistered(command.citation());
        return writer.write(new CaseWriter.Write(command, key(who, idempotency)));
    }

    /** Records one entry; {@code ifMatch} is the If-Match header as sent (null: no expectation). */
    public Written record(UUID caseId, Entry entry, String ifMatch, Authentication who, Idempotency idempotency) {
        access.requireWritable(caseId, who);
        return send(caseId, entry, ETags.expectedAggregateVersion(ifMatch), who, idempotency);
    }

    /** Records one entry from a page rendered at {@code pageVersion} (null or below 1: no expectation). */
    public Written recordFromPage(UUID caseId, Entry entry, Long pageVersion, Authentication who) {
        Long expected = pageVersion != null && pageVersion >= 1 ? new CaseVersion(pageVersion).lastSequence() : null;
        access.requireWritable(caseId, who);
        return send(caseId, entry, expected, who, Idempotency.none());
    }

    /** Links or unlinks a family account: account administration, so the policy asks for an admin. */
    public Written recordFamilyLink(UUID caseId, Entry entry, Authentication who) {
        access.requireLinkManager(who);
        return send(caseId, entry, null, who, Idempotency.none());
    }

    private Written send(UUID caseId, Entry entry, Long expected, Authentication who, Idempotency idempotency) {
        UUID entryId = UUID.randomUUID();
        CaseCommand command = entry.command(caseId, entryId, expected);
        requireRegistered(command.citation());
        return writer.write(new CaseWriter.Write(command, key(who, idempotency)));
    }

    /**
     * A cited source must be in the register, else nothing is written. Sources are never removed,
     * so a source found here is still there when the entry is written.
     */
    private void requireRegistered(Citation citation) {
        if (citation != null && citation.sourceId() != null
                && sources.find(citation.sourceId(), SourceQuery.Reader.staff()).isEmpty()) {
            throw Refusal.invalidParameter("sourceId", "names no registered source: " + citation.sourceId());
        }
    }

    private static IdempotentRequests.Key key(Authentication who, Idempotency sent) {
        if (sent == null || sent.key() == null) {
            return null;
        }
        if (sent.key().isBlank() || sent.key().length() > 200) {
            throw Refusal.invalidHeader(IDEMPOTENCY_KEY, "must be 1 to 200 characters");
        }
        return new IdempotentRequests.Key(who.getName(), sent.key(),
                IdempotentRequests.fingerprint(sent.method(), sent.path(), sent.body()));
    }
}
