package org.fullaccounting.api.infrastructure.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;
import org.fullaccounting.casefile.CaseErrorCode;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Each operation's answers as the application really gives them: the success status with its
 * headers, and one response per refusal status, naming its codes, all with the shared problem schema.
 * Which codes an operation gives follows from what it takes (a body, If-Match, a case id ...);
 * {@link #ALSO} adds the few that only one operation gives.
 */
final class OperationResponses implements OpenApiCustomizer {

    /** Codes only one operation gives, by "METHOD path". */
    private static final Map<String, Set<String>> ALSO = Map.ofEntries(
            Map.entry("POST /api/admin/users", Set.of("ACCOUNT_EXISTS")),
            Map.entry("POST /api/admin/family-links", Set.of("UNKNOWN_CASE", "ALREADY_LINKED", "CONCURRENT_WRITE")),
            Map.entry("DELETE /api/admin/family-links/{username}/{caseId}", Set.of("NOT_LINKED", "CONCURRENT_WRITE")),
            Map.entry("GET /api/admin/projections/{name}/replays/{id}", Set.of("UNKNOWN_REPLAY")),
            Map.entry("GET /api/admin/projections/{name}/replays/latest", Set.of("UNKNOWN_REPLAY")),
            Map.entry("GET /api/audit/export/manifest", Set.of("UNKNOWN_ARCHIVE")),
            Map.entry("POST /api/audit/export/check", Set.of("INVALID_ARCHIVE")),
            Map.entry("POST /api/admin/restore", Set.of("INVALID_ARCHIVE", "INSTALLATION_NOT_EMPTY")),
            Map.entry("GET /api/admin/restore/{id}", Set.of("UNKNOWN_RESTORE")),
            Map.entry("POST /api/imports", Set.of("INVALID_FILE")),
            Map.entry("GET /api/imports/{importId}", Set.of("UNKNOWN_IMPORT")),
            Map.entry("GET /api/imports/{importId}/report", Set.of("UNKNOWN_IMPORT")),
            Map.entry("POST /api/sources", Set.of("FIELD_REQUIRED")),
            Map.entry("POST /api/sources/{sourceId}/corrections", Set.of("FIELD_REQUIRED", "SAME_DESCRIPTION", "CONCURRENT_WRITE")),
            Map.entry("POST /api/sources/{sourceId}/cases", Set.of("FIELD_REQUIRED", "FIELD_INVALID", "ALREADY_LINKED", "CONCURRENT_WRITE")),
            Map.entry("POST /api/sources/{sourceId}/attachments", Set.of("UNSUPPORTED_FILE_TYPE", "FIELD_INVALID", "FIELD_REQUIRED", "STALE_VERSION", "CONCURRENT_WRITE")),
            Map.entry("GET /api/sources/{sourceId}/attachments/{number}", Set.of("UNKNOWN_ATTACHMENT")),
            Map.entry("POST /api/cases/{caseId}/people/me/contact-details", Set.of("NO_PERSON_RECORD")),
            Map.entry("POST /api/sighting-reports", Set.of("FIELD_REQUIRED", "REPORTED_BEFORE_OBSERVED")),
            Map.entry("POST /api/sighting-reports/{reportId}/correlations", Set.of("FIELD_REQUIRED",
                    "ALREADY_CORRELATED", "CONCURRENT_WRITE")),
            Map.entry("POST /api/sighting-reports/{reportId}/correlations/{caseId}/assessments", Set.of(
                    "FIELD_REQUIRED", "UNKNOWN_CORRELATION", "SAME_ASSESSMENT", "CONCURRENT_WRITE")),

            Map.entry("POST /api/accessions", Set.of("FIELD_REQUIRED")),
            Map.entry("POST /api/accessions/{accessionId}/candidates", Set.of("FIELD_REQUIRED", "ALREADY_CANDIDATE",
                    "ALREADY_ACCOUNTED_FOR", "CONCURRENT_WRITE")),
            Map.entry("POST /api/accessions/{accessionId}/exclusions", Set.of("FIELD_REQUIRED", "NOT_A_CANDIDATE",
                    "CANDIDATE_EXCLUDED", "ALREADY_IDENTIFIED", "CONCURRENT_WRITE")),
            Map.entry("POST /api/accessions/{accessionId}/identifications", Set.of("FIELD_REQUIRED", "NOT_A_CANDIDATE",
                    "CANDIDATE_EXCLUDED", "ALREADY_IDENTIFIED", "ALREADY_ACCOUNTED_FOR", "CONCURRENT_WRITE")),
            Map.entry("POST /api/incidents", Set.of("FIELD_REQUIRED")),
            Map.entry("POST /api/incidents/{incidentId}/cases", Set.of("FIELD_REQUIRED", "FIELD_INVALID", "ALREADY_LINKED", "CONCURRENT_WRITE")),
            Map.entry("POST /api/camps", Set.of("FIELD_REQUIRED")),
            Map.entry("POST /api/camps/{campId}/cases", Set.of("FIELD_REQUIRED", "FIELD_INVALID", "ALREADY_LINKED", "CONCURRENT_WRITE")));
    /** Business codes no write to a case gives: a family link's, and a sighting report's correlations'. */
    private static final Set<CaseErrorCode> NOT_OF_CASES = java.util.EnumSet.of(CaseErrorCode.ALREADY_LINKED,
            CaseErrorCode.NOT_LINKED, CaseErrorCode.ALREADY_CORRELATED, CaseErrorCode.UNKNOWN_CORRELATION);
    /** The answers that say where the new resource is (a replay: where its progress is). */
    private static final Set<String> LOCATED = Set.of("POST /api/cases", "POST /api/admin/users", "POST /api/sources",
            "POST /api/sighting-reports", "POST /api/sighting-reports/{reportId}/correlations",
            "POST /api/sources/{sourceId}/attachments", "POST /api/admin/projections/{name}/replay",
            "POST /api/cases/{caseId}/people", "POST /api/cases/{caseId}/samples",
            "POST /api/accessions", "POST /api/incidents", "POST /api/camps",
            "POST /api/admin/restore", "POST /api/imports");

    /**
     * operationId: the controller's area and the method, e.g. caseReportSighting, accountList; the
     * area alone when the method only repeats it (HistoryController.history: history).
     */
    static Operation name(Operation operation, HandlerMethod handler) {
        String area = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = Character.toUpperCase(handler.getMethod().getName().charAt(0))
                + handler.getMethod().getName().substring(1);
        String name = area.endsWith(method) ? area : area + method;
        operation.setOperationId(Character.toLowerCase(name.charAt(0)) + name.substring(1));
        return operation;
    }

    @Override
    public void customise(OpenAPI api) {
        tags(api);
        ApiDescriptionConfig.addProblemSchemas(api.getComponents());
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                describe(method + " " + path, path, method, operation)));
    }

    private static void describe(String key, String path, PathItem.HttpMethod method, Operation operation) {
        requestHeaders(operation);
        ApiResponses responses = new ApiResponses();
        responses.putAll(success(key, path, method, operation));
        problems(codes(key, path, method, operation)).forEach(responses::addApiResponse);
        operation.setResponses(responses);
    }

    private static Set<String> codes(String key, String path, PathItem.HttpMethod method, Operation operation) {
        Set<String> codes = new TreeSet<>(ProblemCodes.ofEveryOperation());
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        if (parameters.stream().anyMatch(p -> "query".equals(p.getIn()) || "path".equals(p.getIn()))) {
            codes.add("INVALID_PARAMETER");
        }
        if (path.contains("{caseId}")) {
            codes.add("UNKNOWN_CASE");
        }
        if (path.contains("{sourceId}")) {
            codes.add("UNKNOWN_SOURCE");
        }
        if (path.contains("{reportId}")) {
            codes.add("UNKNOWN_REPORT");
        }
        codes.addAll(unknownRecords(path));
        if (path.contains("{sightingId}")) {
            codes.add("UNKNOWN_SIGHTING");
        }
        if (path.startsWith("/api/admin/projections/{name}")) {
            codes.add("UNKNOWN_PROJECTION");
        }
        if (operation.getRequestBody() != null) {
            codes.addAll(Set.of("VALIDATION_FAILED", "MALFORMED_FIELD", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE"));
        }
        if (parameters.stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()))) {
            codes.add("STALE_VERSION");
        }
        if (parameters.stream().anyMatch(p -> "Idempotency-Key".equalsIgnoreCase(p.getName()))) {
            codes.add("IDEMPOTENCY_KEY_REUSED");
        }
        if (method == PathItem.HttpMethod.POST && path.startsWith("/api/cases")) {
            for (CaseErrorCode code : CaseErrorCode.values()) {
                if (!NOT_OF_CASES.contains(code)) {
                    codes.add(code.name());
                }
            }
            codes.add("CONCURRENT_WRITE");
        }
        codes.addAll(ALSO.getOrDefault(key, Set.of()));
        return codes;
    }

    /** The 404s of the records an address names besides cases and sources: accessions, incidents, camps. */
    private static Set<String> unknownRecords(String path) {
        Set<String> codes = new TreeSet<>();
        Map.of("{accessionId}", "UNKNOWN_ACCESSION", "{incidentId}", "UNKNOWN_INCIDENT", "{campId}", "UNKNOWN_CAMP")
                .forEach((parameter, code) -> {
                    if (path.contains(parameter)) {
                        codes.add(code);
                    }
                });
        return codes;
    }

    /** One response per status, naming the codes; 401 says how to sign in, 429 and 503 when to retry. */
    private static Map<String, ApiResponse> problems(Set<String> codes) {
        Map<HttpStatus, List<String>> byStatus = new TreeMap<>();
        codes.forEach(code -> byStatus.computeIfAbsent(ProblemCodes.status(code), s -> new ArrayList<>()).add(code));
        Map<String, ApiResponse> responses = new LinkedHashMap<>();
        byStatus.forEach((status, ofStatus) -> {
            ApiResponse response = new ApiResponse()
                    .description(status.getReasonPhrase() + ": " + String.join(", ", ofStatus) + ".")
                    .content(new Content().addMediaType(ApiDescriptionConfig.PROBLEM_JSON, new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + ApiDescriptionConfig.PROBLEM))))
                    .addHeaderObject(ApiDescriptionConfig.REQUEST_ID, headerRef(ApiDescriptionConfig.REQUEST_ID));
            if (ofStatus.stream().anyMatch(ProblemCodes::retryAfter)) {
                response.addHeaderObject("Retry-After", headerRef("Retry-After"));
            }
            if (status == HttpStatus.UNAUTHORIZED) {
                response.addHeaderObject("WWW-Authenticate", headerRef("WWW-Authenticate"));
            }
            responses.put(String.valueOf(status.value()), response);
        });
        return responses;
    }

    private static Map<String, ApiResponse> success(String key, String path, PathItem.HttpMethod method,
                                                    Operation operation) {
        ApiResponse response = operation.getResponses() == null ? null : operation.getResponses().entrySet()
                .stream().filter(e -> e.getKey().startsWith("2")).map(Map.Entry::getValue).findFirst().orElse(null);
        if (response == null) {
            response = new ApiResponse();
        }
        HttpStatus status = successStatus(path, method);
        response.description(status.getReasonPhrase());
        response.addHeaderObject(ApiDescriptionConfig.REQUEST_ID, headerRef(ApiDescriptionConfig.REQUEST_ID));
        boolean caseWrite = method == PathItem.HttpMethod.POST && path.startsWith("/api/cases");
        if (caseWrite || key.equals("GET /api/cases/{caseId}")) {
            response.addHeaderObject("ETag", headerRef("ETag"));
        }
        if (LOCATED.contains(key)) {
            response.addHeaderObject("Location", headerRef("Location"));
        }
        if (response.getContent() != null && response.getContent().containsKey("*/*")) {
            MediaType any = response.getContent().remove("*/*");
            response.getContent().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE, any);
        }
        return Map.of(String.valueOf(status.value()), response);
    }

    private static HttpStatus successStatus(String path, PathItem.HttpMethod method) {
        if (method != PathItem.HttpMethod.POST || path.endsWith("/retry") || path.endsWith("/export/check")) {
            return HttpStatus.OK;
        }
        return path.endsWith("/replay") || path.equals("/api/admin/restore") || path.equals("/api/imports")
                ? HttpStatus.ACCEPTED : HttpStatus.CREATED;
    }

    /** If-Match and Idempotency-Key said precisely; X-Request-Id on every operation. */
    private static void requestHeaders(Operation operation) {
        if (operation.getParameters() != null) {
            for (Parameter parameter : operation.getParameters()) {
                if ("If-Match".equalsIgnoreCase(parameter.getName())) {
                    parameter.description("The ETag you read, e.g. \"3\": the write is refused (412) if the case "
                            + "has moved on since.").schema(new StringSchema().pattern("^(W/)?\"[0-9]+\"$"))
                            .example("\"2\"");
                }
                if ("Idempotency-Key".equalsIgnoreCase(parameter.getName())) {
                    parameter.description("Your key for this write (per user): a retry with the same key and "
                            + "body answers as the first did and records nothing again.")
                            .schema(new StringSchema().minLength(1).maxLength(200)).example("dumas-sighting-1979");
                }
            }
        }
        operation.addParametersItem(ApiDescriptionConfig.requestIdParameter());
    }

    private static Header headerRef(String name) {
        return new Header().$ref("#/components/headers/" + name);
    }

    /** Each tag once, declared at the top, with a description. */
    private static void tags(OpenAPI api) {
        Map<String, Tag> tags = new TreeMap<>();
        if (api.getTags() != null) {
            api.getTags().forEach(tag -> tags.merge(tag.getName(), tag,
                    (first, second) -> first.getDescription() != null ? first : second));
        }
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                if (operation.getTags() != null) {
                    operation.getTags().forEach(name -> tags.putIfAbsent(name, new Tag().name(name)));
                }
            }));
        }
        tags.values().forEach(tag -> {
            if (tag.getDescription() == null) {
                tag.setDescription(tag.getName());
            }
        });
        api.setTags(new ArrayList<>(tags.values()));
    }
}
