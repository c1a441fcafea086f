package org.fullaccounting.api.fuzz;

import org.fullaccounting.api.ApiTest;
import org.fullaccounting.api.TestTokens;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Malformed requests the fuzz test found answered 500 (or without a problem body): each class
 * is refused as the client's mistake, with a problem body, and records nothing.
 */
class MalformedRequestsTest extends ApiTest {

    @Test
    void aBodyWithADuplicateKeyIsMalformedAndRecordsNothing() {
        UUID caseId = openCase();

        RawHttp.Answer answer = post("/api/cases/" + caseId + "/notes", "application/json",
                "{\"text\":\"first\",\"text\":\"second\"}");

        assertProblem(answer, 400, "MALFORMED_REQUEST");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void aHeaderValueTheFirewallRefusesIsABadRequestNotAServerError() {
        UUID caseId = openCase();

        RawHttp.Answer answer = send("POST", "/api/cases/" + caseId + "/notes", List.of(
                new RawHttp.Header("Content-Type", "application/json"),
                new RawHttp.Header("If-Match", "\"1\u00c0\u0080\"")), "{\"text\":\"a note\"}");

        assertProblem(answer, 400, "MALFORMED_REQUEST");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void anAddressOrMethodTheFirewallRefusesIsAProblemToo() {
        for (List<String> request : List.of(List.of("GET", "/api/cases/%25_%25"), List.of("GET", "/api/cases//history"),
                List.of("TRACE", "/api/board"), List.of("FUZZ", "/api/board"))) {
            RawHttp.Answer answer = send(request.get(0), request.get(1), List.of(), null);

            assertProblem(answer, 400, "MALFORMED_REQUEST");
        }
    }

    @Test
    void aFormWithAParameterNameTheFirewallRefusesIsABadRequestNotAServerError() {
        UUID caseId = openCase();
        Session pages = Session.signedIn(new RawHttp(port), "test-caseworker", "a-long-test-password");

        RawHttp.Answer answer = pages.post("/cases/" + caseId + "/note", "text=a+note&%00=1");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void aMultipartBodyWithoutItsBoundaryIsRefusedBeforeItIsParsed() {
        UUID caseId = openCase();

        RawHttp.Answer answer = post("/api/cases/" + caseId + "/notes", "multipart/form-data", "text=a note");

        // API writes take JSON only (CrossOriginGuard), so the broken multipart is never parsed.
        assertProblem(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void aWildcardContentTypeIsUnsupported() {
        UUID caseId = openCase();

        RawHttp.Answer answer = post("/api/cases/" + caseId + "/notes", "*/*", "{\"text\":\"a note\"}");

        assertProblem(answer, 415, "UNSUPPORTED_MEDIA_TYPE");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void aProblemIsWrittenAsProblemJsonWhateverTheAcceptHeaderAsksFor() {
        for (String accept : List.of("application/xml", "*/*;q=x;;, ,")) {
            RawHttp.Answer answer = send("GET", "/api/cases/" + UUID.randomUUID(),
                    List.of(new RawHttp.Header("Accept", accept)), null);

            assertThat(answer.isProblem()).as("problem body for Accept %s: %s %s", accept, answer.status(),
                    answer.headers()).isTrue();
            assertThat(answer.text()).contains("\"code\"");
        }
    }

    @Test
    void aWriteWhoseAnswerCannotBeGivenAsAskedIsRefusedBeforeItIsRecorded() {
        UUID caseId = openCase();

        RawHttp.Answer answer = send("POST", "/api/cases/" + caseId + "/notes", List.of(
                new RawHttp.Header("Content-Type", "application/json"),
                new RawHttp.Header("Accept", "application/xml")), "{\"text\":\"a note\"}");

        assertProblem(answer, 406, "NOT_ACCEPTABLE");
        assertThat(eventCount(caseId)).isEqualTo(1);
    }

    @Test
    void aRequestTheServerRefusesBeforeTheApplicationStillGetsAProblem() {
        RawHttp.Answer answer = send("GET", "/api/cases", List.of(
                new RawHttp.Header("X-Padding", "a".repeat(20_000))), null);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.isProblem()).as("content type %s", answer.header("content-type")).isTrue();
        assertThat(answer.text()).contains("\"code\"");
    }

    private RawHttp.Answer post(String path, String contentType, String body) {
        return send("POST", path, List.of(new RawHttp.Header("Content-Type", contentType)), body);
    }

    private RawHttp.Answer send(String method, String path, List<RawHttp.Header> headers, String body) {
        List<RawHttp.Header> all = new ArrayList<>(headers);
        all.add(new RawHttp.Header("Authorization", "Bearer "
                + TestTokens.token("malformed.caseworker", List.of("CASEWORKER"))));
        return new RawHttp(port).send(method, path, all, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as("status, body %s", answer.text()).isEqualTo(status);
        assertThat(answer.isProblem()).as("content type %s", answer.header("content-type")).isTrue();
        assertThat(answer.text()).contains("\"code\":\"" + code + "\"");
    }
}
