package org.fullaccounting.api.infrastructure.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Refuses (406) an API request whose Accept header no JSON answer satisfies, before its handler
 * runs. Spring would otherwise find out only when writing the answer, after a write had been
 * recorded: the client would be told 406 for a case that changed. Handlers that declare what they
 * produce (the NDJSON export) are matched on Accept by Spring already.
 */
@Component
class AcceptableAnswers implements WebMvcConfigurer, HandlerInterceptor {

    private static final List<MediaType> JSON =
            List.of(MediaType.APPLICATION_JSON, new MediaType("application", "*+json"));

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank() || !(handler instanceof HandlerMethod method)
                || declaresProduces(method)) {
            return true;
        }
        List<MediaType> acceptable;
        try {
            acceptable = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException malformed) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        if (acceptable.stream().noneMatch(type -> JSON.stream().anyMatch(type::isCompatibleWith))) {
            throw new HttpMediaTypeNotAcceptableException(JSON);
        }
        return true;
    }

    private static boolean declaresProduces(HandlerMethod method) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequestMapping.class);
        return mapping != null && mapping.produces().length > 0;
    }
}
