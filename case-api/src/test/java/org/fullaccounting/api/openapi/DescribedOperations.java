package org.fullaccounting.api.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.fullaccounting.api.Api;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The operations /v3/api-docs describes, and a check of real answers against them with Atlassian's
 * swagger-request-validator: status, headers and body must be what the description says. It keeps
 * which (operation, status) pairs were seen, so a test can require every operation to be exercised.
 */
final class DescribedOperations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenApiInteractionValidator validator;
    /** "METHOD /path/{template}" -> the path as a pattern. */
    private final Map<String, Pattern> operations = new LinkedHashMap<>();
    /** "METHOD /path/{template}" -> its documented statuses. */
    private final Map<String, Set<String>> documented = new TreeMap<>();
    private final Map<String, Set<String>> seen = new TreeMap<>();
    private final Set<String> takingABody = new TreeSet<>();
    private final Map<String, String> consumes = new java.util.HashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private int checked;

    DescribedOperations(String apiDocs) throws Exception {
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(apiDocs).build();
        JsonNode docs = JSON.readTree(apiDocs);
        Iterator<Map.Entry<String, JsonNode>> paths = docs.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Pattern pattern = Pattern.compile(path.getKey().replaceAll("\\{[^}]+}", "[^/]+"));
            path.getValue().fields().forEachRemaining(method -> {
                String key = method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                operations.put(key, pattern);
                Set<String> statuses = new TreeSet<>();
                method.getValue().path("responses").fieldNames().forEachRemaining(statuses::add);
                documented.put(key, statuses);
                method.getValue().path("requestBody").path("content").fieldNames().forEachRemaining(type ->
                        consumes.putIfAbsent(key, type));
                // A JSON body: the archive operations and an import take NDJSON or CSV and answer JSON with 415 (ArchiveTest, RestoreTest).
                if (method.getValue().path("requestBody").path("content").has("application/json")) {
                    takingABody.add(key);
                }
            });
        }
    }

    /** Checks one real answer against the description of its operation; returns it for further checks. */
    Api.Response check(Api.Response answer) {
        checked++;
        HttpResponse<String> raw = answer.raw();
        String method = raw.request().method();
        String path = raw.request().uri().getRawPath();
        String operation = operationOf(method, path);
        SimpleResponse.Builder response = SimpleResponse.Builder.status(raw.statusCode()).withBody(raw.body());
        raw.headers().map().forEach((name, values) -> response.withHeader(name, values));
        ValidationReport report = validator.validateResponse(path, Request.Method.valueOf(method), response.build());
        if (report.hasErrors()) {
            mismatches.add(method + " " + path + " -> " + raw.statusCode() + ": " + report.getMessages());
        }
        if (operation != null) {
            seen.computeIfAbsent(operation, o -> new TreeSet<>()).add(String.valueOf(raw.statusCode()));
        }
        return answer;
    }

    private String operationOf(String method, String path) {
        String exact = method + " " + path;
        if (operations.containsKey(exact)) {
            return exact;
        }
        return operations.entrySet().stream()
                .filter(e -> e.getKey().startsWith(method + " ") && e.getValue().matcher(path).matches())
                .map(Map.Entry::getKey).min(Comparator.comparingLong(DescribedOperations::templates))
                .orElse(null);
    }

    /** How many templated segments a path has: /replays/latest is more specific than /replays/{id}. */
    private static long templates(String operation) {
        return operation.chars().filter(c -> c == '{').count();
    }

    int checked() {
        return checked;
    }

    List<String> mismatches() {
        return mismatches;
    }

    Map<String, Set<String>> documented() {
        return documented;
    }

    /** The first media type an operation's body is described in, if it takes one. */
    String consumes(String operation) {
        return consumes.get(operation);
    }

    Set<String> takingABody() {
        return takingABody;
    }

    Map<String, Set<String>> seen() {
        return seen;
    }
}
