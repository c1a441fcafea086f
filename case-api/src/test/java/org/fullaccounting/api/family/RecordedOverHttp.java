package org.fullaccounting.api.family;

import org.fullaccounting.api.Api;
import org.fullaccounting.casefile.api.*;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Records a generated case's events through the public API, as a caseworker (and an admin for family
 * links) would: each event becomes its request. What the domain refuses (retracting an assessment,
 * correcting a retracted entry...) is simply not recorded, and later events that refer to it are
 * skipped; no request may answer 5xx.
 */
final class RecordedOverHttp {

    private final Api caseworker;
    private final Api admin;
    private final UUID caseId;
    private final Map<UUID, UUID> ids = new HashMap<>();

    RecordedOverHttp(Api caseworker, Api admin, UUID caseId, UUID generatedCaseId) {
        this.caseworker = caseworker;
        this.admin = admin;
        this.caseId = caseId;
        ids.put(generatedCaseId, caseId);
    }

    void record(CaseEvent event) {
        String path = "/api/cases/" + caseId;
        Api.Response answer;
        if (event instanceof SightingReportedEvent e) {
            answer = caseworker.post(path + "/sightings", body("observedOn", date(e.observedOn()), "reportedOn",
                    date(e.reportedOn()), "place", e.place(), "sourceKind", e.sourceKind().name(), "witness",
                    e.witness(), "description", e.description(), "source", e.source()));
        } else if (event instanceof SightingAssessedEvent e) {
            if (!ids.containsKey(e.sightingId())) {
                return;
            }
            answer = caseworker.post(path + "/sightings/" + ids.get(e.sightingId()) + "/assessments",
                    body("assessment", e.assessment().name(), "reason", e.reason()));
        } else if (event instanceof StatusReclassifiedEvent e) {
            answer = caseworker.post(path + "/reclassifications", body("to", e.to().name(), "effectiveOn",
                    date(e.effectiveOn()), "authority", e.authority(), "reason", e.reason(), "source", e.source()));
        } else if (event instanceof CorrespondenceLoggedEvent e) {
            answer = caseworker.post(path + "/correspondence", body("date", date(e.date()), "kind", e.kind().name(),
                    "direction", e.direction().name(), "from", e.from(), "to", e.to(), "subject", e.subject(),
                    "summary", e.summary(), "documentRef", e.documentRef(), "restricted", e.restricted()));
        } else if (event instanceof CaptivityFactRecordedEvent e) {
            answer = caseworker.post(path + "/captivity", body("kind", e.kind().name(), "on", date(e.on()), "place",
                    e.place(), "by", e.by(), "camp", e.camp(), "destination", e.destination(), "source", e.source()));
        } else if (event instanceof RemainsRecoveredEvent e) {
            answer = caseworker.post(path + "/remains", body("kind", "RECOVERED", "date", date(e.recoveredOn()),
                    "place", e.place(), "operation", e.operation(), "source", e.source()));
        } else if (event instanceof RemainsIdentifiedEvent e) {
            answer = caseworker.post(path + "/remains", body("kind", "IDENTIFIED", "date", date(e.identifiedOn()),
                    "method", e.method().name(), "source", e.source()));
        } else if (event instanceof LastSeenAliveDesignatedEvent e) {
            answer = caseworker.post(path + "/last-seen-alive", body("designated", true, "source", e.source(),
                    "reason", e.reason()));
        } else if (event instanceof LastSeenAliveRemovedEvent e) {
            answer = caseworker.post(path + "/last-seen-alive", body("designated", false, "source", e.source(),
                    "reason", e.reason()));
        } else if (event instanceof NoteAddedEvent e) {
            answer = caseworker.post(path + "/notes", body("text", e.text()));
        } else if (event instanceof FamilyMemberLinkedEvent e) {
            admin.post("/api/admin/users", body("username", e.username(), "password", "a-long-test-password",
                    "roles", List.of("FAMILY")));
            answer = admin.post("/api/admin/family-links", body("username", e.username(), "caseId", caseId,
                    "reason", e.reason()));
        } else if (event instanceof FamilyMemberUnlinkedEvent e) {
            answer = admin.delete("/api/admin/family-links/" + e.username() + "/" + caseId + "?reason="
                    + URLEncoder.encode(e.reason(), StandardCharsets.UTF_8));
        } else if (event instanceof EntryCorrectedEvent e) {
            if (!ids.containsKey(e.correctedEntryId())) {
                return;
            }
            answer = caseworker.post(path + "/corrections", body("entryId", ids.get(e.correctedEntryId()),
                    "action", "CORRECT", "field", e.field(), "value", e.value(), "reason", e.reason(),
                    "source", e.source()));
        } else if (event instanceof EntryRetractedEvent e) {
            if (!ids.containsKey(e.retractedEntryId())) {
                return;
            }
            answer = caseworker.post(path + "/corrections", body("entryId", ids.get(e.retractedEntryId()),
                    "action", "RETRACT", "reason", e.reason()));
        } else {
            throw new IllegalArgumentException("no request for " + event);
        }
        assertThat(answer.status()).as("answer to %s: %s", event, answer.body()).isLessThan(500);
        if (answer.status() / 100 == 2 && answer.json().has("entryId")) {
            ids.put(event.entryId(), UUID.fromString(answer.json().get("entryId").asText()));
        }
    }

    private static String date(HistoricalDate date) {
        return date == null ? null : date.value();
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                body.put((String) pairs[i], pairs[i + 1] instanceof UUID ? pairs[i + 1].toString() : pairs[i + 1]);
            }
        }
        return body;
    }
}
