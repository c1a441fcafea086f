package org.fullaccounting.api.web.people.requests;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A day in a reference sample's life (kit requested, received, processed): from 1 Jan 1990, before
 * which no laboratory took family references, to tomorrow (a day ahead of UTC allows for any time
 * zone). Null passes; @NotNull says when it is required.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = LaboratoryDay.Validator.class)
@Schema(example = "2005-03-01", description = "A day as YYYY-MM-DD, from 1990-01-01 to today")
public @interface LaboratoryDay {

    LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    String message() default "must be a day from 1990-01-01 to today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<LaboratoryDay, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LocalDate.now(ZoneOffset.UTC).plusDays(1)));
        }
    }
}
