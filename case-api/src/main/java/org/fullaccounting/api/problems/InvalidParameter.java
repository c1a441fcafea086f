package org.fullaccounting.api.problems;

/** A query parameter out of range or unreadable; answered 400 naming the parameter. */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String problem) {
        super(parameter + " " + problem);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    /** {@code value} within [min, max], or the default when absent. */
    public static int within(String parameter, Integer value, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new InvalidParameter(parameter, "must be between " + min + " and " + max);
        }
        return value;
    }
}
