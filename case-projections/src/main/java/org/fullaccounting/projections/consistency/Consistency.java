package org.fullaccounting.projections.consistency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/** Compares what a model states with what the recount expects. A missing count equals zero. */
public final class Consistency {

    private Consistency() {
    }

    public static List<Difference> compare(String model, Map<UUID, Map<String, Object>> expected,
                                           Map<UUID, Map<String, Object>> actual) {
        List<Difference> differences = new ArrayList<>();
        Set<UUID> caseIds = new HashSet<>(expected.keySet());
        caseIds.addAll(actual.keySet());
        for (UUID caseId : caseIds) {
            Map<String, Object> want = expected.getOrDefault(caseId, Map.of());
            Map<String, Object> have = actual.getOrDefault(caseId, Map.of());
            Set<String> facts = new HashSet<>(want.keySet());
            facts.addAll(have.keySet());
            for (String fact : facts) {
                Object a = want.get(fact);
                Object b = have.get(fact);
                if (!same(a, b)) {
                    differences.add(new Difference(model, caseId, fact, a, b));
                }
            }
        }
        return differences;
    }

    private static boolean same(Object expected, Object actual) {
        if (Objects.equals(expected, actual)) {
            return true;
        }
        return (expected == null && Long.valueOf(0).equals(actual)) || (actual == null && Long.valueOf(0).equals(expected));
    }
}
