package org.fullaccounting.api.input;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.Requests;
import org.fullaccounting.api.web.WebSession;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text PostgreSQL cannot store (U+0000, a lone surrogate) is refused at the door, naming the field:
 * in JSON bodies, query parameters, path variables and form posts. Stored, it would stop every read
 * model; searched for, it made the database fail with a 500.
 */
class UnstorableTextTest extends ApiTest {

    private static final String NUL = "\u0000";
    private static final String CODE = "INVALID_TEXT";

    @Test
    void aNulInAJsonFieldIsRefusedNamingTheFieldAndNothingIsWritten() {
        UUID caseId = openCase();
        int before = eventCount(caseId);

        JsonNode note = caseworker.post("/api/cases/" + caseId + "/notes", Map.of("text", "called" + NUL + "home"))
                .expectProblem(400, CODE);
        assertThat(note.get("errors").get(0).get("field").asText()).isEqualTo("text");

        Map<String, Object> opening = Requests.caseOpening(uniqueServiceNumber());
        opening.put("name", Map.of("family", "Du" + NUL + "mas", "given", "Roger"));
        String serviceNumber = (String) opening.get("serviceNumber");
        JsonNode nested = caseworker.post("/api/cases", opening).expectProblem(400, CODE);
        assertThat(nested.get("errors").get(0).get("field").asText()).isEqualTo("name.family");

        assertThat(eventCount(caseId)).isEqualTo(before);
        assertThat(eventsMentioning(serviceNumber)).isZero();
    }

    @Test
    void aLoneSurrogateInAJsonFieldIsRefusedNamingTheFieldAndNothingIsWritten() {
        UUID caseId = openCase();
        int before = eventCount(caseId);
        // Written as a JSON escape: a lone surrogate has no UTF-8 form to send raw.
        String sighting = "{\"observedOn\": \"1979\", \"place\": \"farm \\ud800 near Pyongyang\","
                + " \"sourceKind\": \"DEFECTOR\", \"source\": \"debrief\"}";

        JsonNode refused = caseworker.post("/api/cases/" + caseId + "/sightings", sighting).expectProblem(400, CODE);

        assertThat(refused.get("errors").get(0).get("field").asText()).isEqualTo("place");
        assertThat(caseworker.post("/api/cases/" + caseId + "/notes", "{\"text\": \"low \\udc00 alone\"}")
                .expectProblem(400, CODE).get("errors").get(0).get("field").asText()).isEqualTo("text");
        assertThat(eventCount(caseId)).isEqualTo(before);
    }

    @Test
    void aNulInAnyQueryParameterOrPathVariableIsRefusedNamingIt() {
        String nul = URLEncoder.encode(NUL, StandardCharsets.UTF_8);
        Map<String, String> parameterOf = new LinkedHashMap<>();
        parameterOf.put("/api/cases?q=Du" + nul + "mas", "q");
        parameterOf.put("/api/cases?unit=19th" + nul, "unit");
        parameterOf.put("/api/cases?camp=Camp" + nul + "5", "camp");
        parameterOf.put("/api/search?q=Du" + nul, "q");
        parameterOf.put("/api/correspondence?party=Lee" + nul, "party");
        parameterOf.put("/api/correspondence?q=repat" + nul, "q");
        parameterOf.put("/api/sightings?assessment=" + nul, "assessment");
        parameterOf.forEach((path, parameter) -> assertThat(caseworker.get(path).expectProblem(400, CODE)
                .get("errors").get(0).get("field").asText()).as(path).isEqualTo(parameter));

        assertThat(auditor.get("/api/audit/access-log?user=someone" + nul).expectProblem(400, CODE)
                .get("errors").get(0).get("field").asText()).isEqualTo("user");
        UUID caseId = openCase();
        assertThat(admin.delete("/api/admin/family-links/fam" + nul + "ily/" + caseId + "?reason=x").status())
                .isEqualTo(400);
        assertThat(admin.post("/api/admin/family-links", Map.of("username", "fam" + NUL + "ily", "caseId", caseId,
                "reason", "test")).expectProblem(400, CODE).get("errors").get(0).get("field").asText())
                .isEqualTo("username");
        assertThat(admin.post("/api/admin/users", Map.of("username", "new" + NUL, "password", "long-enough-password",
                "roles", new String[]{"FAMILY"})).expectProblem(400, CODE).get("errors").get(0).get("field").asText())
                .isEqualTo("username");
    }

    @Test
    void aNulInAHeaderTheApplicationStoresNeverReachesTheDatabase() throws IOException {
        UUID caseId = openCase();
        int before = eventCount(caseId);
        String body = "{\"text\": \"called\"}";
        String credentials = Base64.getEncoder().encodeToString("test-caseworker:a-long-test-password"
                .getBytes(StandardCharsets.UTF_8));

        // Java's HTTP client will not send a NUL in a header: written on a socket as a hostile client would.
        // (Tomcat refuses it before TextGuard sees it; both answer 400, and neither writes anything.)
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("POST /api/cases/" + caseId + "/notes HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Basic " + credentials + "\r\nContent-Type: application/json\r\n"
                    + "Idempotency-Key: key" + NUL + "one\r\nContent-Length: " + body.length() + "\r\n"
                    + "Connection: close\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
            String status = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\r\n")[0];

            assertThat(status).startsWith("HTTP/1.1 400");
        }
        assertThat(eventCount(caseId)).isEqualTo(before);
    }

    @Test
    void aNulInAWebFormIsAnsweredWithAPageNamingTheFieldNotA500AndNothingIsWritten() {
        WebSession session = WebSession.signedIn(port, "test-caseworker", "a-long-test-password");
        String serviceNumber = uniqueServiceNumber();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("serviceNumber", serviceNumber);
        form.put("family", "Du" + NUL + "mas");
        form.put("branch", "ARMY");
        form.put("status", "MISSING_IN_ACTION");
        form.put("source", "a form");

        HttpResponse<String> answer = session.postForm("/cases/new", "/cases", form);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(answer.body()).contains("family").contains("cannot be stored").contains("Nothing was saved");
        assertThat(eventsMentioning(serviceNumber)).isZero();
        assertThat(session.get("/?q=Du" + URLEncoder.encode(NUL, StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
    }

    private int eventsMentioning(String text) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE position(convert_to(?, 'UTF8') IN payload) > 0",
                Integer.class, text);
    }
}
