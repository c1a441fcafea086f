package org.fullaccounting.casefile.places;

import org.fullaccounting.casefile.CaseRuleViolation;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.fullaccounting.casefile.CaseErrorCode.*;

/** The cases linked to an incident or a camp: each at most once, never unlinked. The rules both share. */
final class CaseLinks {

    private final Set<UUID> linked = new HashSet<>();

    static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    static void requirePresent(Object value, String field) {
        if (value == null) {
            throw new CaseRuleViolation(FIELD_REQUIRED, field, field + " is required");
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /** Names in a list (units, aliases): each present, trimmed. */
    static List<String> names(List<String> names, String field) {
        names.forEach(name -> requireText(name, field));
        return names.stream().map(String::trim).toList();
    }

    /** At least one case, none twice, none already linked. */
    void requireLinkable(List<UUID> caseIds) {
        if (caseIds == null || caseIds.isEmpty() || caseIds.stream().anyMatch(Objects::isNull)) {
            throw new CaseRuleViolation(FIELD_REQUIRED, "caseIds", "caseIds must name at least one case");
        }
        if (new HashSet<>(caseIds).size() != caseIds.size()) {
            throw new CaseRuleViolation(FIELD_INVALID, "caseIds", "caseIds names a case twice");
        }
        for (UUID caseId : caseIds) {
            if (linked.contains(caseId)) {
                throw new CaseRuleViolation(ALREADY_LINKED, "caseIds", "case " + caseId + " is already linked");
            }
        }
    }

    void add(List<UUID> caseIds) {
        linked.addAll(caseIds);
    }
}
