package org.fullaccounting.api.web;

import org.fullaccounting.api.application.access.AccessPolicy;
import org.fullaccounting.api.application.admin.ModelRebuilds;
import org.fullaccounting.projections.board.BoardProjection;
import org.fullaccounting.projections.correspondence.CorrespondenceProjection;
import org.fullaccounting.projections.search.SearchProjection;
import org.fullaccounting.projections.sightings.SightingsProjection;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Lists served while a read model is rebuilt say so: an operation marked {@link ListedFrom} answers,
 * while one of its models is being rebuilt, with the header {@value #HEADER}, one item per model
 * (a structured-field list: {@code board;position=5120;head=1011986}). The models are looked at
 * after the handler has read, before its body is written (ModelRebuilds says why after). Pages show
 * the same as a notice ({@link #notices}).
 */
@Configuration
@ControllerAdvice
public class RebuildNotices implements ResponseBodyAdvice<Object> {

    public static final String HEADER = "FA-Rebuilding";

    private static final Map<String, String> LISTS = Map.of(
            BoardProjection.NAME, "The status board's counts and case lists are",
            SearchProjection.NAME, "Search results are",
            SightingsProjection.NAME, "The sighting lists are",
            CorrespondenceProjection.NAME, "The correspondence register's lists are");

    private final ModelRebuilds rebuilds;

    RebuildNotices(ModelRebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(ListedFrom.class);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request,
                                  ServerHttpResponse response) {
        String rebuilding = headerFor(Arrays.asList(returnType.getMethodAnnotation(ListedFrom.class).value()),
                SecurityContextHolder.getContext().getAuthentication());
        if (rebuilding != null) {
            response.getHeaders().set(HEADER, rebuilding);
        }
        return body;
    }

    /**
     * The header's value for a list served from {@code models}, read by {@code who}; null when none of
     * them is being rebuilt, and always for a family: its lists are empty whatever the models hold, and
     * the store's size is not its to learn. An answer whose body is streamed sets the header itself.
     */
    public String headerFor(Collection<String> models, Authentication who) {
        if (AccessPolicy.familyView(who)) {
            return null;
        }
        List<ModelRebuilds.Rebuild> rebuilding = rebuilds.of(models);
        return rebuilding.isEmpty() ? null : rebuilding.stream().map(rebuild -> String.format(Locale.ROOT,
                "%s;position=%d;head=%d", rebuild.model(), rebuild.position(), rebuild.head()))
                .collect(Collectors.joining(", "));
    }

    /** The header in the API description, on the answers of every operation marked {@link ListedFrom}. */
    @Bean
    OperationCustomizer rebuildingHeader() {
        return (operation, handler) -> {
            ListedFrom listed = handler.getMethodAnnotation(ListedFrom.class);
            ApiResponse answer = operation.getResponses() == null ? null : operation.getResponses().get("200");
            if (listed != null && answer != null) {
                answer.addHeaderObject(HEADER, new Header().schema(new StringSchema()).description(
                        "Only while a read model this list is served from (" + String.join(", ", listed.value())
                                + ") is being rebuilt after a replay, so the list misses what the rebuild has not"
                                + " reached yet: one item per such model, its name with the store position it has"
                                + " reached and the store's head when it was cleared, e.g."
                                + " `sightings;position=5120;head=1011986`. Never sent to family accounts."));
            }
            return operation;
        };
    }

    /** The notices a page shows above what it lists, one per model being rebuilt. */
    public static List<String> notices(List<ModelRebuilds.Rebuild> rebuilding) {
        return rebuilding.stream().map(rebuild -> String.format(Locale.ROOT,
                "%s being rebuilt from the event store (%d %% done): until then they miss what the rebuild"
                        + " has not reached yet.", LISTS.getOrDefault(rebuild.model(), "The " + rebuild.model()
                        + " lists are"),
                rebuild.percent())).toList();
    }
}
