package org.fullaccounting.api.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Form fields arrive as text and go back as text, so a rejected form re-renders exactly what was
 * typed. Values are checked by the same bean-validation rules as the API's request records.
 */
@Component
public class Forms {

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    /** Field name to message; empty when the request is valid. */
    public Map<String, String> check(Object request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }

    public static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The enum constant, or null; an unknown name is recorded as an error for the field. */
    public static <E extends Enum<E>> E choice(Map<String, String> form, String field, Class<E> type,
                                               Map<String, String> errors) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            errors.put(field, "choose one of the listed options");
            return null;
        }
    }

    public static UUID id(Map<String, String> form, String field, Map<String, String> errors) {
        String value = text(form, field);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException malformed) {
            errors.put(field, "choose an entry from the list");
            return null;
        }
    }
}
