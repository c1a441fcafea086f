package org.fullaccounting.api.infrastructure.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.stream.Stream;

/**
 * The API description at /v3/api-docs: springdoc reads the controllers; this adds what they do not
 * say. The build's version, the sign-in schemes, the headers, and one problem schema whose
 * {@code code} lists every code (ProblemCodes); OperationResponses adds each operation's answers.
 */
@Configuration
public class ApiDescriptionConfig {

    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    static final String REQUEST_ID = "X-Request-Id";
    private static final String JWT = "spring.security.oauth2.resourceserver.jwt.";

    static {
        // A historical date travels as text everywhere (AxonSerializers, QueryParameters): "1950-11", "circa 1950".
        SpringDocUtils.getConfig().replaceWithSchema(HistoricalDate.class, new StringSchema()
                .pattern("^(circa )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/(circa )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$")
                .example("1950-11")
                .description("A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD, optionally 'circa ', or "
                        + "a range START/END of two such dates (1953-08-05/1953-09-06), kept as written"));
        SpringDocUtils.getConfig().replaceWithSchema(StreamingResponseBody.class, new StringSchema()
                .description("One audit event per line, as JSON (application/x-ndjson)"));
    }

    @Bean
    OpenAPI apiDescription(ObjectProvider<BuildProperties> build, Environment environment) {
        BuildProperties properties = build.getIfAvailable();
        boolean bearer = Stream.of("issuer-uri", "jwk-set-uri", "public-key-location")
                .anyMatch(property -> environment.containsProperty(JWT + property));
        OpenAPI api = new OpenAPI()
                .info(new Info().title("Full Accounting API")
                        .version(properties != null ? properties.getVersion() : "development")
                        .description("Case tracking for missing servicemen: open a case, record sightings, "
                                + "captivity, correspondence, remains and reclassifications as events, and read the "
                                + "case, its history and the registers built from them. Every refusal is an RFC 9457 "
                                + "problem (application/problem+json) whose `code` is stable; send the ETag you read "
                                + "as If-Match to refuse overwriting a newer case, and an Idempotency-Key to retry "
                                + "a write safely.")
                        .contact(new Contact().name("Full Accounting maintainers")))
                .servers(List.of(new Server().url("http://localhost:8080")
                        .description("A local start (mvn spring-boot:run); use your server's address instead")))
                .components(components(bearer))
                .addSecurityItem(new SecurityRequirement().addList(BASIC));
        if (bearer) {
            api.addSecurityItem(new SecurityRequirement().addList(BEARER));
        }
        return api;
    }

    @Bean
    OpenApiCustomizer operationResponses() {
        return new OperationResponses();
    }

    @Bean
    OpenApiCustomizer dumasExamples() {
        return new DumasExamples();
    }

    @Bean
    PropertyCustomizer constraintSchemas() {
        return new ConstraintSchemas();
    }

    @Bean
    OperationCustomizer operationIds() {
        return OperationResponses::name;
    }

    private static Components components(boolean bearer) {
        Components components = new Components()
                .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                        .description("An account's name and password; sign-in failures are throttled per name."))
                .addHeaders(REQUEST_ID, header("The request's id: yours when sane, otherwise generated.",
                        requestId()))
                .addHeaders("ETag", header("The case's version as a strong entity tag, e.g. \"3\": send it "
                        + "back as If-Match.", new StringSchema().pattern("^\"[0-9]+\"$")))
                .addHeaders("Location", header("Where the new resource is read.",
                        new StringSchema().format("uri-reference")))
                .addHeaders("Retry-After", header("Seconds to wait before asking again.",
                        new IntegerSchema().minimum(java.math.BigDecimal.ZERO)))
                .addHeaders("WWW-Authenticate", header("How to sign in: HTTP Basic (or a bearer token).",
                        new StringSchema()));
        if (bearer) {
            components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                    .scheme("bearer").bearerFormat("JWT")
                    .description("A token from the configured single sign-on issuer; its roles claim gives the roles."));
        }
        return components;
    }

    /** The X-Request-Id request header, written out on each operation (every reader of the description sees it). */
    static Parameter requestIdParameter() {
        return new Parameter().in("header").name(REQUEST_ID).required(false)
                .description("Your id for this request (1-100 letters, digits or . _ : -): stored with every event "
                        + "it records and echoed in the answer; any other value is replaced by a generated one.")
                .schema(requestId())
                .example("dumas-1957-sighting-entry");
    }

    private static Schema<?> requestId() {
        return new StringSchema().minLength(1).maxLength(100).pattern("^[A-Za-z0-9._:-]+$");
    }

    private static Header header(String description, Schema<?> schema) {
        return new Header().description(description).schema(schema);
    }

    /** The problem schema and its parts; added once springdoc has made its own schemas (it replaces ours). */
    static void addProblemSchemas(Components components) {
        components.addSchemas("FieldError", new ObjectSchema().description("One refused field, parameter or header.")
                        .addProperty("field", new StringSchema().description("its JSON path or name"))
                        .addProperty("message", new StringSchema()).required(List.of("field", "message")))
                .addSchemas(PROBLEM, problem());
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problem() {
        StringSchema code = new StringSchema();
        code.setEnum(List.copyOf(ProblemCodes.all().keySet()));
        code.description("What went wrong, stable: switch on this, not on the text.");
        return new ObjectSchema().description("An RFC 9457 problem: every refusal, whatever the Accept header said.")
                .addProperty("type", new StringSchema().format("uri-reference"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema().minimum(java.math.BigDecimal.valueOf(400))
                        .maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema().format("uri-reference"))
                .addProperty("code", code)
                .addProperty("errors", new ArraySchema().items(new Schema().$ref("#/components/schemas/FieldError"))
                        .description("For invalid input: each offending field, parameter or header."))
                .addProperty("field", new StringSchema().description("The field a rule concerns."))
                .addProperty("currentVersion", new IntegerSchema().format("int64")
                        .description("The case's version now (STALE_VERSION)."))
                .addProperty("existingCaseId", new UUIDSchema()
                        .description("The case that already has the service number (DUPLICATE_SERVICE_NUMBER)."))
                .addProperty("caseId", new UUIDSchema()
                        .description("The case that refused a write to many cases (list members, findings): "
                                + "nothing was written to any of them."))
                .required(List.of("title", "status", "code"));
    }
}
