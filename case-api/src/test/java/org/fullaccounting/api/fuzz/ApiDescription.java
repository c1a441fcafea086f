package org.fullaccounting.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The operations the application describes at /v3/api-docs (springdoc), read at run time so that
 * an endpoint added later is fuzzed without touching the test.
 */
final class ApiDescription {

    private ApiDescription() {
    }

    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    /** One method on one path; {@code body} is the resolved JSON schema of the request body, or null. */
    /** {@code mediaType}: the body's first described media type (JSON, or NDJSON for an archive). */
    record Operation(String method, String path, List<Parameter> parameters, JsonNode body, String mediaType) {

        String key() {
            return method + " " + path;
        }

        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }
    }

    static List<Operation> read(JsonNode apiDocs) {
        List<Operation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = apiDocs.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                List<Parameter> parameters = new ArrayList<>();
                for (JsonNode p : method.getValue().path("parameters")) {
                    parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(),
                            p.path("required").asBoolean(false), resolve(apiDocs, p.path("schema"))));
                }
                JsonNode content = method.getValue().path("requestBody").path("content");
                JsonNode body = content.isMissingNode() || !content.fieldNames().hasNext() ? null
                        : resolve(apiDocs, content.elements().next().path("schema"));
                operations.add(new Operation(method.getKey().toUpperCase(Locale.ROOT), path.getKey(), parameters,
                        body, body == null ? null : content.fieldNames().next()));
            }
        }
        return operations;
    }

    /** Follows a "$ref" to its schema under components. */
    static JsonNode resolve(JsonNode apiDocs, JsonNode schema) {
        JsonNode at = schema;
        while (at != null && at.has("$ref")) {
            String[] parts = at.get("$ref").asText().replaceFirst("^#/", "").split("/");
            JsonNode target = apiDocs;
            for (String part : parts) {
                target = target.path(part);
            }
            at = target;
        }
        return at;
    }
}
