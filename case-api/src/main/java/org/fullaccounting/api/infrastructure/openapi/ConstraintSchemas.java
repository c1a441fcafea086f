package org.fullaccounting.api.infrastructure.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.PropertyCustomizer;

import java.lang.annotation.Annotation;

/**
 * A constraint annotation of our own may say how its values look with a {@code @Schema} on itself
 * (e.g. PartialDate's pattern): the pattern, example and description then apply to every property
 * that carries it, so the description says what the validator checks.
 */
final class ConstraintSchemas implements PropertyCustomizer {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public Schema customize(Schema property, AnnotatedType type) {
        if (property == null || type.getCtxAnnotations() == null) {
            return property;
        }
        for (Annotation annotation : type.getCtxAnnotations()) {
            io.swagger.v3.oas.annotations.media.Schema said = annotation.annotationType()
                    .getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
            if (said == null || annotation instanceof io.swagger.v3.oas.annotations.media.Schema) {
                continue;
            }
            if (!said.pattern().isEmpty()) {
                property.setPattern(said.pattern());
            }
            if (!said.example().isEmpty() && property.getExample() == null) {
                property.setExample(said.example());
            }
            if (!said.description().isEmpty() && property.getDescription() == null) {
                property.setDescription(said.description());
            }
        }
        return property;
    }
}
