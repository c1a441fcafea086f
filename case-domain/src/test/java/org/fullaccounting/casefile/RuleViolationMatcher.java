package org.fullaccounting.casefile;

import org.hamcrest.Description;
import org.hamcrest.TypeSafeDiagnosingMatcher;

import java.util.Map;
import java.util.Objects;

/**
 * Matches the {@link CaseRuleViolation} a rule throws by its business code and the field it
 * blames (null for rules about the case as a whole), and optionally facts it must carry.
 */
final class RuleViolationMatcher extends TypeSafeDiagnosingMatcher<CaseRuleViolation> {

    private final CaseErrorCode code;
    private final String field;
    private final Map<String, Object> facts;

    private RuleViolationMatcher(CaseErrorCode code, String field, Map<String, Object> facts) {
        this.code = code;
        this.field = field;
        this.facts = facts;
    }

    static RuleViolationMatcher violation(CaseErrorCode code, String field) {
        return new RuleViolationMatcher(code, field, Map.of());
    }

    /** A violation that concerns the case as a whole, not one field of the command. */
    static RuleViolationMatcher violation(CaseErrorCode code) {
        return violation(code, null);
    }

    RuleViolationMatcher withFact(String name, Object value) {
        return new RuleViolationMatcher(code, field, Map.of(name, value));
    }

    @Override
    protected boolean matchesSafely(CaseRuleViolation violation, Description mismatch) {
        boolean matches = violation.code() == code
                && Objects.equals(violation.field(), field)
                && violation.facts().entrySet().containsAll(facts.entrySet());
        if (!matches) {
            mismatch.appendText("was ").appendValue(violation.code())
                    .appendText(" on field ").appendValue(violation.field())
                    .appendText(" with facts ").appendValue(violation.facts())
                    .appendText(": ").appendText(violation.getMessage());
        }
        return matches;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a CaseRuleViolation ").appendValue(code)
                .appendText(" on field ").appendValue(field);
        if (!facts.isEmpty()) {
            description.appendText(" with facts ").appendValue(facts);
        }
    }
}
