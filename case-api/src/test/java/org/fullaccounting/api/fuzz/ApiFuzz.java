package org.fullaccounting.api.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fullaccounting.api.fuzz.ApiDescription.Operation;
import org.fullaccounting.api.fuzz.ApiDescription.Parameter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Every operation of the API description, every parameter and body field, hostile values one
 * place at a time. The caller that may use the operation gets every value; each other caller
 * (other roles, a family linked or not, anonymous) a seeded sample, so access decisions meet
 * hostile input too without multiplying the run time by six.
 */
final class ApiFuzz {

    static final int SAMPLE_FOR_OTHER_CALLERS = 1;
    /** Forged headers, raw query strings and wrong methods: each operation gets its own seeded share. */
    static final int FORGED_HEADERS_PER_OPERATION = 12;
    static final int QUERY_STRINGS_PER_OPERATION = 2;
    static final int METHODS_PER_OPERATION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "\u0001fuzz\u0001";

    private final Sender sender;
    private final Fixture fixture;
    private final Random random;
    private int sent;

    ApiFuzz(Sender sender, Fixture fixture, long seed) {
        this.sender = sender;
        this.fixture = fixture;
        this.random = new Random(seed);
    }

    void fuzz(Operation op, Fixture.Target target) {
        Caller primary = primaryCaller(op, target);
        for (Caller caller : Caller.values()) {
            boolean all = caller == primary;
            List<Hostile.Param> params = Hostile.params();
            for (Parameter parameter : op.parameters()) {
                for (Hostile.Param value : all ? params : sample(params, SAMPLE_FOR_OTHER_CALLERS)) {
                    Request request = Request.valid(op, target, caller);
                    switch (parameter.in()) {
                        case "path" -> request.path.put(parameter.name(), value.wire());
                        case "query" -> request.query.put(parameter.name(), value.wire());
                        default -> request.headers.add(new RawHttp.Header(parameter.name(),
                                Hostile.asHeader(value.wire())));
                    }
                    send(request, parameter.in() + " " + parameter.name(), value.kind());
                }
            }
            if (op.body() != null) {
                fuzzBody(op, target, caller, all);
            }
            if (all) {
                fuzzHeadersAndQueryStrings(op, target, caller);
            }
        }
    }

    private void fuzzBody(Operation op, Fixture.Target target, Caller caller, boolean all) {
        List<String> fields = fieldPaths("", fixture.body(op, target));
        for (String field : fields) {
            for (Hostile.Json value : all ? Hostile.jsonValues()
                    : sample(Hostile.jsonValues(), SAMPLE_FOR_OTHER_CALLERS)) {
                Request request = Request.valid(op, target, caller);
                request.body = replace(fixture.body(op, target), field, value.json());
                send(request, "body " + field, value.kind());
            }
        }
        if (all) {
            String valid = write(fixture.body(op, target));
            for (Hostile.Body body : Hostile.bodies(valid)) {
                Request request = Request.valid(op, target, caller);
                request.body = body.bytes();
                send(request, "whole body", body.kind());
            }
        }
    }

    private void fuzzHeadersAndQueryStrings(Operation op, Fixture.Target target, Caller caller) {
        List<Forged.Header> headers = Forged.headers(op.body() != null, sample(Hostile.params(), 3));
        for (Forged.Header forged : sample(headers, FORGED_HEADERS_PER_OPERATION)) {
            Request request = Request.valid(op, target, caller);
            if (forged.name().equals("Authorization")) {
                request.authorization = List.of();
            }
            request.headers.removeIf(h -> h.name().equalsIgnoreCase(forged.name()));
            request.headers.add(new RawHttp.Header(forged.name(), forged.value()));
            send(request, "header " + forged.name(), forged.kind());
        }
        for (Forged.QueryString raw : sample(Forged.queryStrings(), QUERY_STRINGS_PER_OPERATION)) {
            Request request = Request.valid(op, target, caller);
            request.rawQuery = raw.wire();
            send(request, "query string", raw.kind());
        }
        for (String method : sample(List.of("PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "FUZZ"),
                METHODS_PER_OPERATION)) {
            if (!method.equals(op.method())) {
                Request request = Request.valid(op, target, caller);
                request.method = method;
                send(request, "method", method);
            }
        }
    }

    /** The first caller whose valid request succeeds: the one that reaches the operation's deepest code. */
    private Caller primaryCaller(Operation op, Fixture.Target target) {
        for (Caller caller : List.of(Caller.CASEWORKER, Caller.ADMIN, Caller.AUDITOR, Caller.FAMILY_LINKED)) {
            if (send(Request.valid(op, target, caller), "valid request", "valid") / 100 == 2) {
                return caller;
            }
        }
        sender.note("no caller got a 2xx for a valid " + op.key() + ": fuzzing it as CASEWORKER");
        return Caller.CASEWORKER;
    }

    private int send(Request request, String where, String valueClass) {
        if (request.authorization == null) {
            request.authorization = request.caller.authorization(++sent);
        }
        if (request.op.body() != null && request.body == null) {
            request.body = write(fixture.body(request.op, request.target)).getBytes(StandardCharsets.UTF_8);
        }
        int status = sender.send(request, where, valueClass);
        if (status / 100 == 2) {
            fixture.succeeded(request.op.key());
        }
        return status;
    }

    /** {@code count} distinct elements, chosen by the seeded generator. */
    private <T> List<T> sample(List<T> all, int count) {
        List<T> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(0, Math.min(count, shuffled.size()));
    }

    /** Dotted paths of every field, nested objects and array elements included ("name.family", "roles[0]"). */
    static List<String> fieldPaths(String prefix, JsonNode node) {
        List<String> paths = new ArrayList<>();
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                String path = prefix.isEmpty() ? name : prefix + "." + name;
                paths.add(path);
                paths.addAll(fieldPaths(path, node.get(name)));
            });
        } else if (node.isArray() && !node.isEmpty()) {
            paths.add(prefix + "[0]");
            paths.addAll(fieldPaths(prefix + "[0]", node.get(0)));
        }
        return paths;
    }

    /** The body with the value at {@code path} replaced by raw JSON text. */
    static byte[] replace(JsonNode body, String path, String rawJson) {
        JsonNode parent = body;
        String[] steps = path.split("\\.");
        for (int i = 0; i < steps.length - 1; i++) {
            parent = step(parent, steps[i]);
        }
        String last = steps[steps.length - 1];
        if (last.endsWith("[0]")) {
            ((ArrayNode) step(parent, last.substring(0, last.length() - 3)))
                    .set(0, PLACEHOLDER);
        } else {
            ((ObjectNode) parent).put(last, PLACEHOLDER);
        }
        String json = write(body);
        return json.replace(write(JSON.getNodeFactory().textNode(PLACEHOLDER)), rawJson)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode step(JsonNode node, String step) {
        return step.endsWith("[0]") ? node.get(step.substring(0, step.length() - 3)).get(0) : node.get(step);
    }

    static String write(JsonNode node) {
        if (node.isTextual()) {
            return node.asText();   // a body that is not JSON (a casualty list as CSV)
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request and checks its answer; returns the status. */
    interface Sender {
        int send(Request request, String where, String valueClass);

        void note(String note);
    }

    /** A request to one operation, valid until a test puts something hostile into it. */
    static final class Request {
        final Operation op;
        final Fixture.Target target;
        final Caller caller;
        String method;
        final Map<String, String> path = new LinkedHashMap<>();
        final Map<String, String> query = new LinkedHashMap<>();
        final List<RawHttp.Header> headers = new ArrayList<>();
        List<RawHttp.Header> authorization;
        String rawQuery;
        byte[] body;

        private Request(Operation op, Fixture.Target target, Caller caller) {
            this.op = op;
            this.target = target;
            this.caller = caller;
            this.method = op.method();
        }

        static Request valid(Operation op, Fixture.Target target, Caller caller) {
            Request request = new Request(op, target, caller);
            for (Parameter p : op.parameters()) {
                String value = Fixture.parameter(p.name(), p.schema(), target, caller == Caller.FAMILY_LINKED,
                        p.required());
                if (value != null && p.in().equals("path")) {
                    request.path.put(p.name(), Hostile.encode(value));
                } else if (value != null && p.in().equals("query")) {
                    request.query.put(p.name(), Hostile.encode(value));
                }
            }
            if (op.body() != null) {
                request.headers.add(new RawHttp.Header("Content-Type", op.mediaType()));
            }
            return request;
        }

        String target() {
            String path = op.path();
            for (Map.Entry<String, String> p : this.path.entrySet()) {
                path = path.replace("{" + p.getKey() + "}", p.getValue());
            }
            StringBuilder query = new StringBuilder();
            this.query.forEach((name, value) -> query.append(query.length() == 0 ? "?" : "&").append(name)
                    .append('=').append(value));
            if (rawQuery != null) {
                query.append(query.length() == 0 ? "?" : "&").append(rawQuery);
            }
            return path + query;
        }
    }
}
