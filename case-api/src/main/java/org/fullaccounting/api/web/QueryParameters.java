package org.fullaccounting.api.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.fullaccounting.casefile.api.HistoricalDate;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.RestController;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How Spring binds the API's query parameters: text trimmed and blank taken as absent,
 * historical dates converted, and the usual limits as constraints Spring's method validation
 * checks (a refusal names the parameter: ProblemHandler).
 */
@ControllerAdvice(annotations = RestController.class)
public class QueryParameters {

    public static final int MAX_PAGE_SIZE = 200;

    /** Blank means absent; otherwise trimmed. */
    @InitBinder
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /** A historical date as the API takes them: YYYY, YYYY-MM or YYYY-MM-DD; blank is absent. */
    @Component
    public static class HistoricalDates implements Converter<String, HistoricalDate> {

        public static final String MESSAGE = "must be a date as YYYY, YYYY-MM or YYYY-MM-DD";

        @Override
        public HistoricalDate convert(String value) {
            if (value.isBlank()) {
                return null;
            }
            if (!HistoricalDate.isValid(value.trim())) {
                throw new IllegalArgumentException(MESSAGE);
            }
            return HistoricalDate.of(value.trim());
        }
    }

    /** A page number: 0 or more. */
    @Min(value = 0, message = "must be 0 or more")
    @Constraint(validatedBy = {})
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface PageNumber {
        String message() default "must be 0 or more";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** A page size: 1 to 200. */
    @Min(value = 1, message = "must be between 1 and " + MAX_PAGE_SIZE)
    @Max(value = MAX_PAGE_SIZE, message = "must be between 1 and " + MAX_PAGE_SIZE)
    @Constraint(validatedBy = {})
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface PageSize {
        String message() default "must be between 1 and " + MAX_PAGE_SIZE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    /** Free text in a query: at most 200 characters. */
    @Size(max = 200, message = "must be at most 200 characters")
    @Constraint(validatedBy = {})
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    public @interface Text {
        String message() default "must be at most 200 characters";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }
}
