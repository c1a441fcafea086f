package org.fullaccounting.api.application.people;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.casefile.CaseErrorCode;
import org.fullaccounting.casefile.CaseRuleViolation;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.fullaccounting.casefile.people.api.*;
import org.fullaccounting.projections.Page;
import org.fullaccounting.projections.familylinks.FamilyLinks;
import org.fullaccounting.projections.people.CaseWithoutReference;
import org.fullaccounting.projections.people.PeopleQuery;
import org.fullaccounting.projections.people.PersonView;
import org.fullaccounting.projections.people.ReferenceCoverage;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The people of a case and their reference samples, for every entrance (API and pages): who may do
 * what (caseworkers write; caseworkers and auditors read everything; admins and caseworkers link a
 * family account to a person; a linked family reads its point of contact, whether references are on
 * file and its own record, and changes its own contact details, nothing else), which ids new people
 * and samples get, and that the case and the person or sample exist before a command is sent. Each
 * write is one command in one transaction with the people read model (a subscribing processor).
 */
@Service
public class CasePeopleService {

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final AccessPolicy access;
    private final CaseReader cases;
    private final PeopleQuery query;
    private final FamilyLinks familyLinks;

    CasePeopleService(CommandGateway commands, TransactionTemplate transaction, AccessPolicy access, CaseReader cases,
                      PeopleQuery query, FamilyLinks familyLinks) {
        this.commands = commands;
        this.transaction = transaction;
        this.access = access;
        this.cases = cases;
        this.query = query;
        this.familyLinks = familyLinks;
    }

    public PeopleWritten add(UUID caseId, String name, Relationship relationship, HistoricalDate bornOn,
                             Authentication who) {
        requireCaseworkerOn(caseId, who);
        UUID personId = UUID.randomUUID();
        return send(new AddPersonCommand(caseId, personId, name, relationship, bornOn), personId);
    }

    public PeopleWritten correct(UUID caseId, UUID personId, String name, Relationship relationship,
                                 HistoricalDate bornOn, String reason, Authentication who) {
        requirePerson(caseId, personId, who);
        return send(new CorrectPersonCommand(caseId, personId, name, relationship, bornOn, reason), personId);
    }

    public PeopleWritten recordDeath(UUID caseId, UUID personId, HistoricalDate diedOn, String source,
                                     UUID successorId, Authentication who) {
        requirePerson(caseId, personId, who);
        return send(new RecordDeathCommand(caseId, personId, diedOn, source, successorId), personId);
    }

    public PeopleWritten makePrimary(UUID caseId, UUID personId, HistoricalDate since, String reason,
                                     Authentication who) {
        requirePerson(caseId, personId, who);
        return send(new NamePrimaryNextOfKinCommand(caseId, personId, since, reason), personId);
    }

    public PeopleWritten changeContactDetails(UUID caseId, UUID personId, ContactDetails details, Authentication who) {
        requirePerson(caseId, personId, who);
        return send(new ChangeContactDetailsCommand(caseId, personId, details), personId);
    }

    public PeopleWritten recordConsents(UUID caseId, UUID personId, Consents consents, String source,
                                        Authentication who) {
        requirePerson(caseId, personId, who);
        return send(new RecordConsentsCommand(caseId, personId, consents, source), personId);
    }

    /**
     * Makes a family account the person's own; an admin's or a caseworker's act. The account must be a
     * family account already linked to the case (the admin's family link), else it could read nothing.
     */
    public PeopleWritten linkAccount(UUID caseId, UUID personId, String username, String reason, Authentication who) {
        if (!Roles.has(who, Roles.ADMIN) && !Roles.has(who, Roles.CASEWORKER)) {
            if (Roles.has(who, Roles.FAMILY) && !familyLinks.isLinked(who.getName(), caseId)) {
                throw Refusal.unknownCase(caseId);
            }
            throw new AccessDeniedException("admins and caseworkers link accounts to people");
        }
        requireCase(caseId);
        requireKnownPerson(caseId, personId);
        if (username != null && !username.isBlank() && !familyLinks.isLinked(username.trim(), caseId)) {
            throw Refusal.invalid(RefusalCode.INVALID_PARAMETER, "username",
                    "must be a family account linked to this case");
        }
        return send(new LinkAccountToPersonCommand(caseId, personId, username == null ? null : username.trim(), reason),
                personId);
    }

    /** A family member's own contact details, on the person record their account was linked to. */
    public PeopleWritten changeOwnContactDetails(UUID caseId, ContactDetails details, Authentication who) {
        PersonView me = ownRecord(caseId, who);
        return send(new ChangeContactDetailsCommand(caseId, me.personId(), details), me.personId());
    }

    public PeopleWritten requestSample(UUID caseId, UUID donorId, SampleType type, Line line, LocalDate requestedOn,
                                       Authentication who) {
        requireCaseworkerOn(caseId, who);
        if (donorId != null && query.person(caseId, donorId).isEmpty()) {
            throw new CaseRuleViolation(CaseErrorCode.DONOR_NOT_ON_CASE, "donorId", "the donor must be a person on the case");
        }
        UUID sampleId = UUID.randomUUID();
        return send(new RequestReferenceSampleCommand(caseId, sampleId, donorId, type, line, requestedOn), sampleId);
    }

    public PeopleWritten receiveSample(UUID caseId, UUID sampleId, LocalDate receivedOn, Authentication who) {
        requireSample(caseId, sampleId, who);
        return send(new ReceiveReferenceSampleCommand(caseId, sampleId, receivedOn), sampleId);
    }

    public PeopleWritten processSample(UUID caseId, UUID sampleId, LocalDate processedOn, String labReference,
                                       Authentication who) {
        requireSample(caseId, sampleId, who);
        return send(new ProcessReferenceSampleCommand(caseId, sampleId, processedOn, labReference), sampleId);
    }

    /** Staff read everything; the read is in the access log as any read of the case. */
    public PeopleRecord record(UUID caseId, Authentication who) {
        access.requireReadable(caseId, who);
        requireCase(caseId);
        return new PeopleRecord(caseId, query.people(caseId), query.samples(caseId), query.usableTypes(caseId));
    }

    /** A family's allow-listed view of its own case's people (404 for any case not its own). */
    public FamilyPeopleView familyView(UUID caseId, Authentication who) {
        access.requireReadable(caseId, who);
        return familyViewOfARead(caseId, who);
    }

    /**
     * The same view for the family's case page, which has already passed the access policy for this
     * read (with CaseQueries): one page view is one read in the access log.
     */
    public FamilyPeopleView familyViewOfARead(UUID caseId, Authentication who) {
        requireCase(caseId);
        return FamilyPeopleView.of(caseId, query.primary(caseId), query.personOfAccount(caseId, who.getName()),
                query.usableTypes(caseId));
    }

    /** The board's mtDNA coverage of open cases; a family's lists across cases are empty. */
    public ReferenceCoverage coverage(Authentication who) {
        return access.listScope(who) == AccessPolicy.Scope.ALL_CASES ? query.coverage() : ReferenceCoverage.of(0, 0);
    }

    public Page<CaseWithoutReference> withoutMtDna(int page, int size, Authentication who) {
        return access.listScope(who) == AccessPolicy.Scope.ALL_CASES ? query.withoutMtDna(page, size)
                : Page.empty(page, size);
    }

    private PersonView ownRecord(UUID caseId, Authentication who) {
        if (!Roles.has(who, Roles.FAMILY)) {
            throw new AccessDeniedException("only a family account has a person record of its own");
        }
        access.requireReadable(caseId, who);
        requireCase(caseId);
        return query.personOfAccount(caseId, who.getName()).orElseThrow(() -> Refusal.of(RefusalCode.NO_PERSON_RECORD,
                "this account is no person's on the case; a caseworker links it to your record"));
    }

    private void requireCaseworkerOn(UUID caseId, Authentication who) {
        access.requireWritable(caseId, who);
        requireCase(caseId);
    }

    private void requirePerson(UUID caseId, UUID personId, Authentication who) {
        requireCaseworkerOn(caseId, who);
        requireKnownPerson(caseId, personId);
    }

    private void requireKnownPerson(UUID caseId, UUID personId) {
        if (query.person(caseId, personId).isEmpty()) {
            throw new CaseRuleViolation(CaseErrorCode.UNKNOWN_PERSON, "personId", "no person " + personId + " on this case");
        }
    }

    private void requireSample(UUID caseId, UUID sampleId, Authentication who) {
        requireCaseworkerOn(caseId, who);
        if (query.samples(caseId).stream().noneMatch(s -> s.sampleId().equals(sampleId))) {
            throw new CaseRuleViolation(CaseErrorCode.UNKNOWN_SAMPLE, "sampleId", "no sample " + sampleId + " on this case");
        }
    }

    private void requireCase(UUID caseId) {
        if (cases.current(caseId).isEmpty()) {
            throw Refusal.unknownCase(caseId);
        }
    }

    private PeopleWritten send(PeopleCommand command, UUID id) {
        Long version = transaction.execute(status -> commands.sendAndWait(command));
        return new PeopleWritten(command.caseId(), id, version == null ? 0 : version);
    }

    /** Whether this reader gets the family's allow-listed view. */
    public static boolean familyView(Authentication who) {
        return AccessPolicy.familyView(who);
    }
}
