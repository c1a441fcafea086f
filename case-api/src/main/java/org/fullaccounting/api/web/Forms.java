package org.fullaccounting.api.web;

import java.util.UUID;
import java.util.List;
import java.util.ArrayList;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How Spring binds the pages' forms into request records: text trimmed and blank taken as absent;
 * a rejected form re-renders exactly what was typed (the page keeps the submitted fields). Values
 * are checked by the same bean-validation rules as the API's request records, and the errors go
 * beside their fields.
 */
@ControllerAdvice(annotations = PageController.class)
public class Forms {

    private final Validator validator;

    Forms(Validator validator) {
        this.validator = validator;
    }

    @InitBinder
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    /**
     * Field name to message, the first per field: a choice not among the options or an id not
     * from the list (binding failures), and the rules' messages.
     */
    public static Map<String, String> errors(BindingResult binding) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : binding.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), !error.isBindingFailure() ? error.getDefaultMessage()
                    : Arrays.asList(error.getCodes()).contains("typeMismatch.java.util.UUID")
                    ? "choose an entry from the list" : "choose one of the listed options");
        }
        return errors;
    }

    /** Field name to message; empty when the request is valid. */
    public Map<String, String> check(Object request) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (ConstraintViolation<Object> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }

    /** A field of a form read as a map (the admin page): trimmed, blank is absent. */
    public static String text(Map<String, String> form, String field) {
        String value = form.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** One name per line; blank lines are left out. */
    public static List<String> lines(String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::trim).filter(line -> !line.isEmpty()).toList();
    }

    /** Case ids separated by lines, spaces or commas. */
    public static List<UUID> caseIds(String text, Map<String, String> errors) {
        List<UUID> ids = new ArrayList<>();
        for (String part : text == null ? new String[0] : text.trim().split("[\\s,]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                ids.add(UUID.fromString(part));
            } catch (IllegalArgumentException e) {
                errors.put("caseIds", "\"" + (part.length() > 40 ? part.substring(0, 40) + "…" : part)
                        + "\" is not a case id");
                return ids;
            }
        }
        return ids;
    }
}
