package org.fullaccounting.api.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.fullaccounting.api.Requests;

import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a valid request to an operation looks like, so that a hostile value in one place reaches as
 * deep as it can: real case, sighting and entry ids, and bodies from the contract's own examples
 * (Requests, the README's curl lines), falling back to one built from the operation's schema.
 * Writes that change a case's state alternate their value (status, designation, assessment) so
 * the next one is not refused as "the same again" before its text is looked at.
 */
final class Fixture {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final AtomicLong UNIQUE = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** The ids an operation's requests point at; family-linked callers read {@code linkedCase}. */
    record Target(UUID caseId, UUID sightingId, UUID linkedCase, String familyUser, String projection) {
    }

    private final Map<String, Integer> successes = new ConcurrentHashMap<>();

    void succeeded(String operation) {
        successes.merge(operation, 1, Integer::sum);
    }

    private boolean odd(String operation) {
        return successes.getOrDefault(operation, 0) % 2 == 1;
    }

    static String unique(String prefix) {
        return prefix + UNIQUE.incrementAndGet();
    }

    /** The valid value of a path or query parameter, by its name; null: leave the parameter out. */
    static String parameter(String name, JsonNode schema, Target target, boolean familyLinked, boolean required) {
        UUID caseId = familyLinked ? target.linkedCase() : target.caseId();
        switch (name) {
            case "caseId":
                return caseId.toString();
            case "sightingId":
                return target.sightingId().toString();
            case "username":
                return target.familyUser();
            case "name":
                return target.projection();
            case "q":
                return "Dumas";
            case "reason":
                return "fuzzing";
            default:
                break;
        }
        if (!required) {
            return null;
        }
        return scalar(name, schema, target).asText();
    }

    /** A valid body for the operation. */
    JsonNode body(ApiDescription.Operation operation, Target target) {
        String path = operation.path();
        String key = operation.key();
        ObjectNode body;
        if ("text/csv".equals(operation.mediaType())) {
            // A casualty list: not JSON, so the whole text is the body (ApiFuzz.write sends it as it is).
            return NODES.textNode("service_number,family_name,branch,status,source\r\n" + unique("RA")
                    + ",Fuzz,ARMY,MISSING_IN_ACTION,fuzzing\r\n");
        }
        if (path.equals("/api/cases")) {
            body = JSON.valueToTree(Requests.caseOpening(unique("RA")));
        } else if (path.endsWith("/sightings")) {
            body = JSON.valueToTree(Requests.sighting());
        } else if (path.endsWith("/reclassifications")) {
            body = JSON.valueToTree(Requests.reclassification(odd(key) ? "MISSING_IN_ACTION" : "PRISONER_OF_WAR",
                    "1983"));
        } else if (path.endsWith("/correspondence")) {
            body = JSON.valueToTree(Requests.correspondence());
        } else if ("application/x-ndjson".equals(operation.mediaType())) {
            // An archive (check, restore): the smallest valid one is its manifest line alone; one JSON object.
            body = (ObjectNode) JSON.createObjectNode().set("manifest", JSON.createObjectNode()
                    .put("format", "full-accounting-archive/1").put("events", 0).put("lastPosition", 0)
                    .set("cases", JSON.createArrayNode()));
        } else {
            body = (ObjectNode) example("", operation.body(), target);
        }
        if (path.endsWith("/last-seen-alive")) {
            body.put("designated", !odd(key));
        } else if (path.endsWith("/assessments")) {
            body.put("assessment", odd(key) ? "NOT_CORRELATED" : "CORRELATED");
        } else if (path.endsWith("/corrections")) {
            body.put("entryId", target.sightingId().toString()).put("action", "CORRECT").put("field", "place")
                    .put("value", "near Pyongyang").put("source", "second debrief");
        } else if (path.equals("/api/admin/users")) {
            body.put("username", unique("fuzz.user.")).put("password", "a-long-fuzz-password");
            body.set("roles", NODES.arrayNode().add("FAMILY"));
        } else if (path.equals("/api/admin/family-links")) {
            body.put("username", target.familyUser()).put("caseId", target.caseId().toString());
        }
        return body;
    }

    /** A value that satisfies the schema, chosen by the field's name where the schema says too little. */
    static JsonNode example(String name, JsonNode schema, Target target) {
        if (schema == null || schema.isMissingNode()) {
            return NODES.textNode("x");
        }
        String type = schema.path("type").asText("object");
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (type) {
            case "object": {
                ObjectNode object = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> fields = schema.path("properties").fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    object.set(field.getKey(), example(field.getKey(), field.getValue(), target));
                }
                return object;
            }
            case "array": {
                ArrayNode array = NODES.arrayNode();
                array.add(example(name, schema.path("items"), target));
                return array;
            }
            default:
                return scalar(name, schema, target);
        }
    }

    private static JsonNode scalar(String name, JsonNode schema, Target target) {
        String type = schema == null ? "string" : schema.path("type").asText("string");
        if (schema != null && schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        switch (type) {
            case "boolean":
                return NODES.booleanNode(false);
            case "integer":
            case "number":
                return NODES.numberNode(name.equals("page") || name.equals("after") ? 0 : 1);
            default:
                break;
        }
        String lower = name.toLowerCase();
        if (lower.equals("caseid")) {
            return NODES.textNode(target.caseId().toString());
        }
        if (lower.endsWith("id") || "uuid".equals(schema == null ? null : schema.path("format").asText())) {
            return NODES.textNode(target.sightingId().toString());
        }
        if ("date-time".equals(schema == null ? null : schema.path("format").asText()) || lower.equals("asof")) {
            return NODES.textNode("2020-01-01T00:00:00Z");
        }
        if (lower.contains("date") || name.endsWith("On") || name.equals("on") || lower.equals("from")
                || lower.equals("to")) {
            return NODES.textNode("1950-11-04");
        }
        if (lower.equals("username") || lower.equals("user")) {
            return NODES.textNode(target.familyUser());
        }
        if (lower.equals("password")) {
            return NODES.textNode("a-long-fuzz-password");
        }
        return NODES.textNode("fuzz " + name);
    }
}
