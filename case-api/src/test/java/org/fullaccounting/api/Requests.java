package org.fullaccounting.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies of the public contract (issue 2), with Dumas-like defaults. */
public final class Requests {

    private Requests() {
    }

    public static Map<String, Object> caseOpening(String serviceNumber) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("serviceNumber", serviceNumber);
        body.put("name", Map.of("family", "Dumas", "given", "Roger", "middle", "A."));
        body.put("rank", "Corporal");
        body.put("branch", "ARMY");
        body.put("unit", "19th Infantry Regiment, 24th Infantry Division");
        body.put("lossDate", "1950-11-04");
        body.put("lossPlace", "near the Yalu River");
        body.put("circumstances", "Captured near the Yalu River");
        body.put("status", "MISSING_IN_ACTION");
        body.put("source", "family petition");
        return body;
    }

    public static Map<String, Object> sighting() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("observedOn", "1979");
        body.put("reportedOn", "1982");
        body.put("place", "collective farm near Pyongyang");
        body.put("sourceKind", "FOREIGN_NATIONAL");
        body.put("witness", "Romanian engineer");
        body.put("description", "as many as 50 American POWs working on a collective farm");
        body.put("source", "family petition");
        return body;
    }

    /** The Army's finding for Cpl. Dumas: presumed dead on 26 February 1954. */
    public static Map<String, Object> presumptiveFinding() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("foundOn", "1954-02-26");
        body.put("presumedDeathOn", "1954-02-26");
        body.put("authority", "Department of the Army");
        body.put("reason", "finding of death after a period missing");
        body.put("source", "The Day (New London), 24 Jun 2018");
        return body;
    }

    public static Map<String, Object> nonRecoverable() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("designatedOn", "1996");
        body.put("authority", "DPMO analysts");
        body.put("reason", "the camp cemetery lies under the reservoir");
        body.put("source", "analytic memorandum");
        return body;
    }

    public static Map<String, Object> reopening() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reopenedOn", "2018-07");
        body.put("reason", "the K55 boxes may hold remains from the camp");
        body.put("source", "DPAA notice");
        return body;
    }

    public static Map<String, Object> reclassification(String to, String effectiveOn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to", to);
        body.put("effectiveOn", effectiveOn);
        body.put("authority", "U.S. federal court order");
        body.put("reason", "court ordered reclassification");
        body.put("source", "family petition");
        return body;
    }

    public static Map<String, Object> correspondence() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", "1954-01-26");
        body.put("kind", "LETTER");
        body.put("direction", "INCOMING");
        body.put("from", "General Lee Sang Cho");
        body.put("to", "Chairman, NNRC");
        body.put("subject", "Prisoners not for direct repatriation");
        body.put("summary", "held pending final disposition");
        body.put("documentRef", "sources/004");
        body.put("restricted", false);
        return body;
    }

    public static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(body);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    /** A source as POST /api/sources takes it: the Acheson memorandum, titled so each test can find its own. */
    public static Map<String, Object> source(String title) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("kind", "MEMORANDUM");
        body.put("title", title);
        body.put("date", "1952-02-08");
        body.put("authors", java.util.List.of("Secretary of State Dean Acheson"));
        body.put("parties", java.util.List.of("President Harry S. Truman"));
        body.put("archiveReference", "FRUS 1952-1954, vol. XV, doc. 30");
        body.put("reliabilityNote", "Published State Department record");
        body.put("restricted", false);
        return body;
    }

    /** A sighting report of several unnamed people as POST /api/sighting-reports takes it: Oprica's fifty prisoners. */
    public static Map<String, Object> sightingReport() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("observedOn", "1979");
        body.put("reportedOn", "1982");
        body.put("place", "a collective farm near Pyongyang");
        body.put("sourceKind", "FOREIGN_NATIONAL");
        body.put("witness", "Serban Oprica, Romanian engineer");
        body.put("description", "As many as 50 American prisoners working on a collective farm");
        return body;
    }
}
