package org.fullaccounting.api.input;

import com.fasterxml.jackson.databind.JsonNode;
import org.fullaccounting.api.Api;
import org.fullaccounting.api.ApiTest;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request body over 1 MiB (fa.limits.body) is refused with 413 PAYLOAD_TOO_LARGE naming the limit,
 * before it is parsed: declared by its Content-Length or found while reading a chunked one. Without
 * the limit the JSON parser read 2 MB and answered 400 (or took it). A body of exactly the limit is
 * an ordinary request.
 */
class BodyLimitsTest extends ApiTest {

    private static final int LIMIT = 1024 * 1024;
    private static final String JSON = "application/json";

    @Test
    void aTwoMegabyteJsonBodyWithItsLengthIsRefusedAsTooLargeAndNothingIsWritten() {
        UUID caseId = openCase();
        int before = eventCount(caseId);

        JsonNode problem = caseworker.postBytes(notes(caseId), note(2_000_000), "Content-Type", JSON)
                .expectProblem(413, "PAYLOAD_TOO_LARGE");

        assertThat(problem.get("limitBytes").asLong()).isEqualTo(LIMIT);
        assertThat(problem.get("detail").asText()).contains(String.valueOf(LIMIT));
        assertThat(eventCount(caseId)).isEqualTo(before);
    }

    @Test
    void aChunkedJsonBodyThatGoesOnPastTheLimitIsRefusedAsTooLargeNotAsMalformed() {
        UUID caseId = openCase();
        int before = eventCount(caseId);

        caseworker.postChunked(notes(caseId), note(2_000_000), "Content-Type", JSON)
                .expectProblem(413, "PAYLOAD_TOO_LARGE");

        assertThat(eventCount(caseId)).isEqualTo(before);
    }

    @Test
    void aBodyOfExactlyTheLimitIsAnOrdinaryWriteWithOrWithoutItsLength() {
        UUID caseId = openCase();
        int before = eventCount(caseId);

        caseworker.postBytes(notes(caseId), note(LIMIT), "Content-Type", JSON).expectStatus(201);
        caseworker.postChunked(notes(caseId), note(LIMIT), "Content-Type", JSON).expectStatus(201);

        assertThat(eventCount(caseId)).isEqualTo(before + 2);
    }

    @Test
    void aPageFormPostOverTheLimitIsRefusedAsTooLargeChunkedOrNot() {
        byte[] form = form(2_000_000);
        String type = "application/x-www-form-urlencoded";
        Api.at(port).postBytes("/login", form, "Content-Type", type).expectProblem(413, "PAYLOAD_TOO_LARGE");
        Api.at(port).postChunked("/login", form, "Content-Type", type).expectProblem(413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void anUploadIsMeasuredAgainstItsOwnLargerLimit() {
        // 2 MB of multipart is within the 20 MiB upload limit: it reaches the API, which takes no upload yet.
        String type = "multipart/form-data; boundary=limit";
        caseworker.postBytes("/api/cases", new byte[2_000_000], "Content-Type", type)
                .expectProblem(415, "UNSUPPORTED_MEDIA_TYPE");
    }

    private static String notes(UUID caseId) {
        return "/api/cases/" + caseId + "/notes";
    }

    /** A valid note padded with whitespace to exactly {@code size} bytes. */
    private static byte[] note(int size) {
        return padded("{\"text\":\"a note\"", "}", size);
    }

    private static byte[] form(int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'a');
        byte[] head = "username=a&password=".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        return body;
    }

    private static byte[] padded(String start, String end, int size) {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) ' ');
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        byte[] tail = end.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, size - tail.length, tail.length);
        return body;
    }
}
