package org.fullaccounting.api.application.remains;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.casefile.api.AccessionRef;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.CaseVersion;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.api.IdentificationMethod;
import org.fullaccounting.casefile.api.RecordAccessionCandidacyCommand;
import org.fullaccounting.casefile.api.RecordAccessionExclusionCommand;
import org.fullaccounting.casefile.api.RecordRemainsIdentifiedCommand;
import org.fullaccounting.casefile.remains.api.AccessionCommand;
import org.fullaccounting.casefile.remains.api.AccessionDescription;
import org.fullaccounting.casefile.remains.api.AddCandidateCommand;
import org.fullaccounting.casefile.remains.api.ExcludeCandidateCommand;
import org.fullaccounting.casefile.remains.api.IdentifyCandidateCommand;
import org.fullaccounting.casefile.remains.api.ReceiveAccessionCommand;
import org.fullaccounting.projections.remains.AccessionQuery;
import org.fullaccounting.projections.remains.AccessionView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Remains accessions for every entrance (API and pages): caseworkers receive them and add,
 * exclude and identify candidates; caseworkers and auditors read them; families never (their
 * case's history tells them it was considered). A write that concerns a case is two commands in
 * one transaction, the accession's first (it keeps the rules) and then the case's (candidacy,
 * exclusion, or the identification that accounts for it): both commit or neither does, so an
 * accession never says "identified" of a case that is not accounted for, nor the reverse.
 */
@Service
public class Accessions {

    public static final int MAX_RESULTS = 500;

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final AccessionQuery query;
    private final CaseReader cases;

    Accessions(CommandGateway commands, TransactionTemplate transaction, AccessionQuery query, CaseReader cases) {
        this.commands = commands;
        this.transaction = transaction;
        this.query = query;
        this.cases = cases;
    }

    public AccessionWritten receive(AccessionDescription description, Authentication who) {
        requireCaseworker(who);
        UUID accessionId = UUID.randomUUID();
        Long version = transaction.execute(status -> commands.sendAndWait(new ReceiveAccessionCommand(accessionId,
                description)));
        return new AccessionWritten(accessionId, version == null ? 0 : version, null, null);
    }

    public AccessionWritten addCandidate(UUID accessionId, UUID caseId, String reason, Authentication who) {
        requireCaseworker(who);
        AccessionView accession = requireKnown(accessionId);
        requireKnownCase(caseId);
        return sendBoth(new AddCandidateCommand(accessionId, caseId, reason),
                new RecordAccessionCandidacyCommand(caseId, UUID.randomUUID(), ref(accession),
                        HistoricalDate.of(accession.receivedOn()), reason, null));
    }

    public AccessionWritten exclude(UUID accessionId, UUID caseId, String reason, Authentication who) {
        requireCaseworker(who);
        AccessionView accession = requireKnown(accessionId);
        requireKnownCase(caseId);
        return sendBoth(new ExcludeCandidateCommand(accessionId, caseId, reason),
                new RecordAccessionExclusionCommand(caseId, UUID.randomUUID(), ref(accession), reason, null));
    }

    /** Identifies the candidate in the accession and records it on the case, which accounts for the case. */
    public AccessionWritten identify(UUID accessionId, UUID caseId, IdentificationMethod method,
                                     HistoricalDate identifiedOn, String sample, Authentication who) {
        requireCaseworker(who);
        AccessionView accession = requireKnown(accessionId);
        requireKnownCase(caseId);
        return sendBoth(new IdentifyCandidateCommand(accessionId, caseId, method, identifiedOn, sample),
                new RecordRemainsIdentifiedCommand(caseId, UUID.randomUUID(), identifiedOn, method,
                        sample == null ? null : sample.trim(), ref(accession), null));
    }

    public AccessionPage read(UUID accessionId, Authentication who) {
        requireStaff(who);
        return new AccessionPage(requireKnown(accessionId), query.candidates(accessionId));
    }

    public List<AccessionView> list(int limit, Authentication who) {
        requireStaff(who);
        return query.list(Math.min(limit, MAX_RESULTS));
    }

    /** The accession's command, then the case's, in one transaction: the second's refusal undoes the first. */
    private AccessionWritten sendBoth(AccessionCommand toAccession, CaseCommand toCase) {
        return transaction.execute(status -> {
            Long version = commands.sendAndWait(toAccession);
            CaseVersion caseVersion = commands.sendAndWait(toCase);
            return new AccessionWritten(toAccession.accessionId(), version == null ? 0 : version, toCase.caseId(),
                    caseVersion.value());
        });
    }

    private static AccessionRef ref(AccessionView accession) {
        return new AccessionRef(accession.accessionId(), accession.name());
    }

    private AccessionView requireKnown(UUID accessionId) {
        return query.find(accessionId).orElseThrow(() -> Refusal.unknown(RefusalCode.UNKNOWN_ACCESSION, "accession"));
    }

    private void requireKnownCase(UUID caseId) {
        if (caseId != null && cases.current(caseId).isEmpty()) {
            throw Refusal.invalidParameter("caseId", "names no known case: " + caseId);
        }
    }

    private static void requireCaseworker(Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER)) {
            throw new AccessDeniedException("caseworkers keep the remains accessions");
        }
    }

    static void requireStaff(Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER) && !Roles.has(who, Roles.AUDITOR)) {
            throw new AccessDeniedException("remains accessions are for caseworkers and auditors");
        }
    }
}
