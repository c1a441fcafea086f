package org.fullaccounting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A small real-HTTP client for tests: one user, JSON in, status/headers/JSON out. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final String authorization;
    private final Duration timeout;

    private Api(int port, String authorization, Duration timeout) {
        this.port = port;
        this.authorization = authorization;
        this.timeout = timeout;
    }

    public static Api at(int port) {
        return new Api(port, null, TIMEOUT);
    }

    public Api as(String username, String password) {
        return new Api(port, "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)), timeout);
    }

    /** The same client, waiting this long for each answer instead of a minute (a check of the whole population). */
    public Api waitingUpTo(Duration answer) {
        return new Api(port, authorization, answer);
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Response delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    public Response post(String path, Object body, String... headers) {
        String json = body instanceof String ? (String) body : write(body);
        List<String> all = new ArrayList<>(List.of("Content-Type", "application/json"));
        all.addAll(List.of(headers));
        return postRaw(path, json, all.toArray(String[]::new));
    }

    public Response postRaw(String path, String body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A body of exactly these bytes, with its Content-Length. */
    public Response postBytes(String path, byte[] body, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A body sent without Content-Length (Transfer-Encoding: chunked), as a stream of unknown length. */
    public Response postChunked(String path, byte[] body, String... headers) {
        return send(request(path, headers).version(HttpClient.Version.HTTP_1_1)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(timeout);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** One answer. */
    public static final class Response {
        private final HttpResponse<String> response;

        Response(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return response.body();
        }

        /** The body's bytes, for bodies that are valid UTF-8 (the answer is read as text). */
        public byte[] bytes() {
            return response.body().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }

        /** The exchange as sent and received (the description tests check it against /v3/api-docs). */
        public HttpResponse<String> raw() {
            return response;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + response.body(), e);
            }
        }

        public Response expectStatus(int expected) {
            assertThat(status()).as("status of %s, body %s", response.request().uri(), body()).isEqualTo(expected);
            return this;
        }

        /** A problem body (RFC 9457) with this status and business code. */
        public JsonNode expectProblem(int expectedStatus, String code) {
            expectStatus(expectedStatus);
            assertThat(header("Content-Type")).startsWith("application/problem+json");
            JsonNode problem = json();
            assertThat(problem.get("status").asInt()).isEqualTo(expectedStatus);
            assertThat(problem.get("code").asText()).as("problem code in %s", body()).isEqualTo(code);
            assertThat(problem.get("type").asText()).isNotBlank();
            return problem;
        }

        /** The field names listed in a 400 problem's errors. */
        public List<String> errorFields() {
            List<String> fields = new ArrayList<>();
            json().path("errors").forEach(error -> fields.add(error.path("field").asText()));
            return fields;
        }
    }
}
