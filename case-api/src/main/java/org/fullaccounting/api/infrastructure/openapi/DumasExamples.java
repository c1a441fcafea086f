package org.fullaccounting.api.infrastructure.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Examples in the description from the Dumas sample, kept beside it in openapi/dumas-examples.json:
 * per operation ("METHOD /path") its request body and parameter values, and under "*" values for
 * parameters wherever they occur (caseId, page ...). Spectral checks each against its schema.
 */
final class DumasExamples implements OpenApiCustomizer {

    private static final String RESOURCE = "/openapi/dumas-examples.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode examples;

    DumasExamples() {
        try (InputStream in = DumasExamples.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            examples = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                exemplify(examples.path(method + " " + path), operation)));
    }

    private void exemplify(JsonNode example, Operation operation) {
        JsonNode request = example.path("request");
        if (!request.isMissingNode() && operation.getRequestBody() != null
                && operation.getRequestBody().getContent() != null) {
            for (MediaType type : operation.getRequestBody().getContent().values()) {
                type.setExample(JSON.convertValue(request, Object.class));
            }
        }
        JsonNode response = example.path("response");
        if (!response.isMissingNode() && operation.getResponses() != null) {
            operation.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                    .filter(e -> e.getValue().getContent() != null)
                    .forEach(e -> e.getValue().getContent().values()
                            .forEach(type -> type.setExample(JSON.convertValue(response, Object.class))));
        }
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getName() == null) {
                continue;
            }
            JsonNode value = example.path("parameters").path(parameter.getName());
            if (value.isMissingNode()) {
                value = examples.path("*").path("parameters").path(parameter.getName());
            }
            if (!value.isMissingNode()) {
                parameter.setExample(JSON.convertValue(value, Object.class));
            }
        }
    }
}
