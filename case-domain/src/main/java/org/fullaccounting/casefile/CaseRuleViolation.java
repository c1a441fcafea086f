package org.fullaccounting.casefile;

import java.util.Map;

/**
 * A command broke one of the case's rules. Carries a stable code, the offending field where
 * there is one, and any facts the caller needs (such as the case that already holds a service number).
 */
public class CaseRuleViolation extends RuntimeException {

    private final CaseErrorCode code;
    private final String field;
    private final Map<String, Object> facts;

    public CaseRuleViolation(CaseErrorCode code, String field, String detail) {
        this(code, field, detail, Map.of());
    }

    public CaseRuleViolation(CaseErrorCode code, String field, String detail, Map<String, Object> facts) {
        super(detail);
        this.code = code;
        this.field = field;
        this.facts = Map.copyOf(facts);
    }

    public CaseErrorCode code() {
        return code;
    }

    /** The command field at fault, or null when the rule concerns the case as a whole. */
    public String field() {
        return field;
    }

    public Map<String, Object> facts() {
        return facts;
    }
}
