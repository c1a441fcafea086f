package org.fullaccounting.api.infrastructure.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' style sheets and scripts (src/main/resources/static), and no other file. Spring
 * Boot's own mapping (turned off: spring.web.resources.add-mappings) served every address no
 * controller took from four class-path folders, so each request for an unknown address searched
 * every jar of the class path four times: 13 % of the CPU samples (JFR) of the hostile-input fuzz
 * test's JVM. An unknown address is now a 404 at once. Swagger UI keeps springdoc's own mapping.
 */
@Configuration
class StaticFiles implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
    }
}
