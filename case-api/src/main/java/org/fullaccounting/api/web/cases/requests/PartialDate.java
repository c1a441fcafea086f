package org.fullaccounting.api.web.cases.requests;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.fullaccounting.casefile.api.HistoricalDate;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A historical date as sources give it: YYYY, YYYY-MM or YYYY-MM-DD, optionally "circa ", or a range
 * START/END of two such dates ("1953-08-05/1953-09-06"). Null passes.
 */
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartialDate.Validator.class)
@Schema(pattern = "^(circa )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?(/(circa )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)?$",
        example = "1950-11", description = "A date as precise as the source: YYYY, YYYY-MM or YYYY-MM-DD, optionally "
        + "'circa ', or a range START/END of two such dates (1953-08-05/1953-09-06), kept as written")
public @interface PartialDate {

    String message() default "must be a date as YYYY, YYYY-MM or YYYY-MM-DD (optionally 'circa YYYY'), or a range "
            + "START/END of two such dates";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PartialDate, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || HistoricalDate.isValid(value);
        }
    }
}
