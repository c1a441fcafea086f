package org.fullaccounting.api.web.cases.requests;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.UUID;

/**
 * An entry names its source: the free-text {@code source}, or a registered source cited by
 * {@code sourceId}, or both. Reported on {@code source}, with the request's other errors at once,
 * as the @NotBlank it replaces was (the case's own rule says the same, for other entrances).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SourceNamed.Check.class)
public @interface SourceNamed {

    String message() default "must not be blank unless a registered source is cited (sourceId)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A request with both ways of naming a source. */
    interface Citing {
        String source();

        UUID sourceId();
    }

    class Check implements ConstraintValidator<SourceNamed, Citing> {
        @Override
        public boolean isValid(Citing request, ConstraintValidatorContext context) {
            if (request == null || request.sourceId() != null
                    || (request.source() != null && !request.source().isBlank())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("source").addConstraintViolation();
            return false;
        }
    }
}
