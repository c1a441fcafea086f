package org.fullaccounting.api.application.places;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.fullaccounting.api.application.access.Roles;
import org.fullaccounting.api.application.cases.CaseReader;
import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;
import org.fullaccounting.casefile.places.api.CampDescription;
import org.fullaccounting.casefile.places.api.IncidentDescription;
import org.fullaccounting.casefile.places.api.LinkCasesToCampCommand;
import org.fullaccounting.casefile.places.api.LinkCasesToIncidentCommand;
import org.fullaccounting.casefile.places.api.RecordCampCommand;
import org.fullaccounting.casefile.places.api.RecordIncidentCommand;
import org.fullaccounting.projections.places.CampView;
import org.fullaccounting.projections.places.IncidentView;
import org.fullaccounting.projections.places.PlacesQuery;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

/**
 * Loss incidents and camps for every entrance (API and pages): caseworkers record them and link
 * cases; caseworkers and auditors read them. Families do not: an incident's or camp's cases are
 * other families' too. Each write is one command in one transaction, its read model written in it.
 */
@Service
public class Places {

    public static final int MAX_RESULTS = 500;

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final PlacesQuery query;
    private final CaseReader cases;

    Places(CommandGateway commands, TransactionTemplate transaction, PlacesQuery query, CaseReader cases) {
        this.commands = commands;
        this.transaction = transaction;
        this.query = query;
        this.cases = cases;
    }

    public PlaceWritten recordIncident(IncidentDescription description, Authentication who) {
        requireCaseworker(who);
        UUID id = UUID.randomUUID();
        return send(id, new RecordIncidentCommand(id, description));
    }

    public PlaceWritten linkToIncident(UUID incidentId, List<UUID> caseIds, String reason, Authentication who) {
        requireCaseworker(who);
        requireIncident(incidentId);
        requireKnownCases(caseIds);
        return send(incidentId, new LinkCasesToIncidentCommand(incidentId, UUID.randomUUID(), caseIds, reason));
    }

    public PlaceWritten recordCamp(CampDescription description, Authentication who) {
        requireCaseworker(who);
        UUID id = UUID.randomUUID();
        return send(id, new RecordCampCommand(id, description));
    }

    public PlaceWritten linkToCamp(UUID campId, List<UUID> caseIds, String reason, Authentication who) {
        requireCaseworker(who);
        requireCamp(campId);
        requireKnownCases(caseIds);
        return send(campId, new LinkCasesToCampCommand(campId, UUID.randomUUID(), caseIds, reason));
    }

    public IncidentPage incident(UUID incidentId, Authentication who) {
        requireStaff(who);
        return new IncidentPage(requireIncident(incidentId), query.casesOfIncident(incidentId));
    }

    public CampPage camp(UUID campId, Authentication who) {
        requireStaff(who);
        return new CampPage(requireCamp(campId), query.casesOfCamp(campId));
    }

    /** Incidents whose name, place or units contain {@code q} (blank: all), each with its number of cases. */
    public List<IncidentView> incidents(String q, int limit, Authentication who) {
        requireStaff(who);
        return query.incidents(q, Math.min(limit, MAX_RESULTS));
    }

    /** Camps whose name, aliases or location contain {@code q} (blank: all), each with its number of cases. */
    public List<CampView> camps(String q, int limit, Authentication who) {
        requireStaff(who);
        return query.camps(q, Math.min(limit, MAX_RESULTS));
    }

    private IncidentView requireIncident(UUID incidentId) {
        return query.incident(incidentId).orElseThrow(() -> Refusal.unknown(RefusalCode.UNKNOWN_INCIDENT, "incident"));
    }

    private CampView requireCamp(UUID campId) {
        return query.camp(campId).orElseThrow(() -> Refusal.unknown(RefusalCode.UNKNOWN_CAMP, "camp"));
    }

    private void requireKnownCases(List<UUID> caseIds) {
        if (caseIds != null) {
            for (UUID caseId : caseIds) {
                if (caseId != null && cases.current(caseId).isEmpty()) {
                    throw Refusal.invalidParameter("caseIds", "names no known case: " + caseId);
                }
            }
        }
    }

    private PlaceWritten send(UUID id, Object command) {
        Long version = transaction.execute(status -> commands.sendAndWait(command));
        return new PlaceWritten(id, version == null ? 0 : version);
    }

    private static void requireCaseworker(Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER)) {
            throw new AccessDeniedException("caseworkers keep the incidents and camps");
        }
    }

    private static void requireStaff(Authentication who) {
        if (!Roles.has(who, Roles.CASEWORKER) && !Roles.has(who, Roles.AUDITOR)) {
            throw new AccessDeniedException("incidents and camps are for caseworkers and auditors");
        }
    }
}
