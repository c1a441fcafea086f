package org.fullaccounting.api.application.sources;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.audit.AccessLog;
import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.casefile.sources.api.CorrectSourceCommand;
import org.fullaccounting.casefile.sources.api.LinkSourceToCasesCommand;
import org.fullaccounting.casefile.sources.api.RegisterSourceCommand;
import org.fullaccounting.casefile.sources.api.SourceCommand;
import org.fullaccounting.casefile.sources.api.SourceDescription;
import org.fullaccounting.projections.familylinks.FamilyLinks;
import org.fullaccounting.projections.sources.SourceQuery;
import org.fullaccounting.projections.sources.SourceView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * The source register for every entrance (API and pages): who may register, correct and link
 * (caseworkers), who may read what (staff everything; a family only unrestricted sources linked to
 * one of its cases, and of their cases only its own: anything else answers as an unknown source),
 * and the access-log record of every read of one source. Each write is one command in one
 * transaction; the register's read model is written in that transaction (a subscribing processor),
 * so a source reads back at once.
 */
@Service
public class SourceRegister {

    public static final int MAX_RESULTS = 200;

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final SourceQuery query;
    private final FamilyLinks familyLinks;
    private final CaseReader cases;
    private final AccessLog accessLog;
    private final JdbcTemplate jdbc;

    SourceRegister(CommandGateway commands, TransactionTemplate transaction, SourceQuery query,
                   FamilyLinks familyLinks, CaseReader cases, AccessLog accessLog, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.transaction = transaction;
        this.query = query;
        this.familyLinks = familyLinks;
        this.cases = cases;
        this.accessLog = accessLog;
    }

    public SourceWritten register(SourceDescription description, Authentication who) {
        requireCaseworker(who);
        UUID sourceId = UUID.randomUUID();
        return send(new RegisterSourceCommand(sourceId, description));
    }

    public SourceWritten correct(UUID sourceId, SourceDescription description, String reason, Authentication who) {
        requireCaseworker(who);
        requireKnown(sourceId);
        return send(new CorrectSourceCommand(sourceId, UUID.randomUUID(), description, reason));
    }

    /** Links the source to cases that must all exist; each case at most once (the aggregate's rule). */
    public SourceWritten linkToCases(UUID sourceId, List<UUID> caseIds, String reason, Authentication who) {
        requireCaseworker(who);
        requireKnown(sourceId);
        if (caseIds != null) {
            for (UUID caseId : caseIds) {
                if (caseId != null && cases.current(caseId).isEmpty()) {
                    throw Refusal.invalidParameter("caseIds", "names no known case: " + caseId);
                }
            }
        }
        return send(new LinkSourceToCasesCommand(sourceId, UUID.randomUUID(), caseIds, reason));
    }

    /** One source and its cases as the reader may see them; every read, granted or not, in the access log. */
    public SourcePage read(UUID sourceId, Authentication who) {
        SourceQuery.Reader reader = reader(who);
        var source = query.find(sourceId, reader);
        accessLog.sourceRead(who.getName(), source.isPresent());
        SourceView view = source.orElseThrow(Refusal::unknownSource);
        return new SourcePage(view, query.linkedCases(sourceId, reader), attachmentsOf(sourceId));
    }

    /** The files attached to a source, without their bytes, from where they are stored (V50). */
    private List<AttachmentInfo> attachmentsOf(UUID sourceId) {
        return jdbc.query("SELECT number, filename, media_type, size, sha256, recorded_at FROM source_attachment"
                        + " WHERE source_id = ? ORDER BY number",
                (rs, i) -> new AttachmentInfo(rs.getInt("number"), rs.getString("filename"),
                        rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"),
                        rs.getTimestamp("recorded_at").toInstant()), sourceId);
    }

    /** The cases of one source the caller may see, without logging a read (the search lists sources, not their content). */
    public List<UUID> visibleCases(UUID sourceId, Authentication who) {
        return query.linkedCases(sourceId, reader(who)).stream().map(c -> c.caseId()).toList();
    }

    /** Sources matching {@code q} (blank: all, by date), at most {@code limit}. */
    public List<SourceView> search(String q, int limit, Authentication who) {
        return query.search(q, Math.min(limit, MAX_RESULTS), reader(who));
    }

    /** The sources linked to one case the caller may read, as the caller may see them. */
    public List<SourceView> ofCase(UUID caseId, Authentication who) {
        return query.ofCase(caseId, reader(who));
    }

    private SourceQuery.Reader reader(Authentication who) {
        if (Roles.has(who, Roles.CASEWORKER) || Roles.has(who, Roles.AUDITOR)) {
            return SourceQuery.Reader.staff();
        }
        if (Roles.has(who, Roles.FAMILY)) {
            return SourceQuery.Reader.family(familyLinks.casesOf(who.getName()));
        }
        throw new AccessDeniedException("sources are for caseworkers, auditors and linked families");
    }

    /** True when the caller may read the source (a family: unrestricted and linked to one of its cases). */
    public boolean readable(UUID sourceId, Authentication who) {
        return query.find(sourceId, reader(who)).isPresent();
    }

    /** A sourceId another write cites must be in the register: 400 naming it otherwise. */
    public void requireRegistered(UUID sourceId) {
        if (query.find(sourceId, SourceQuery.Reader.staff()).isEmpty()) {
            throw Refusal.invalidParameter("sourceId", "names no registered source: " + sourceId);
        }
    }

    void requireKnown(UUID sourceId) {
        if (query.find(sourceId, SourceQuery.Reader.staff()).isEmpty()) {
            throw Refusal.unknownSource();
        }
    }

    private static void requireCaseworker(Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER)) {
            throw new AccessDeniedException("caseworkers keep the source register");
        }
    }

    private SourceWritten send(SourceCommand command) {
        Long version = transaction.execute(status -> commands.sendAndWait(command));
        return new SourceWritten(command.sourceId(), version == null ? 0 : version);
    }
}
