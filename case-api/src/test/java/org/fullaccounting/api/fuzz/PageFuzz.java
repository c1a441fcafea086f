package org.fullaccounting.api.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The web pages as a signed-in browser would meet them, but sending hostile values: every field of
 * every form a page renders (posts with the session's CSRF token, GET filters), hostile path
 * segments, and the sign-in form itself. Pages answer errors as pages, so only "never 5xx" applies.
 */
final class PageFuzz {

    private final RawHttp http;
    private final Findings findings;
    private final int port;

    PageFuzz(RawHttp http, Findings findings, int port) {
        this.http = http;
        this.findings = findings;
        this.port = port;
    }

    /** The values each form field gets: the classes that have broken pages elsewhere, and the sizes. */
    static List<Hostile.Param> values() {
        List<String> kinds = List.of("empty", "NUL inside", "lone surrogate (CESU bytes)", "invalid UTF-8 0xFF",
                "overlong NUL %C0%80", "malformed percent", "huge number", "date 0000-00-00", "date 1950-02-30",
                "date hour 25", "instant max");
        List<Hostile.Param> values = new ArrayList<>(Hostile.params().stream()
                .filter(p -> kinds.contains(p.kind())).toList());
        values.add(new Hostile.Param("string 1 MB", "a".repeat(Hostile.MEGABYTE)));
        return values;
    }

    /**
     * One task per form on the page at {@code page}, each field in turn; {@code valid} overrides
     * scraped values.
     */
    List<Runnable> forms(Session session, String role, String page, Map<String, String> valid) {
        List<Runnable> tasks = new ArrayList<>();
        for (PageForms.Form form : PageForms.on(session.get(page).text())) {
            if (!form.action().startsWith("/admin/projections/")) { // replays: fuzzed by path, not once per model
                tasks.add(() -> fuzzForm(session, role, form, valid));
            }
        }
        return tasks;
    }

    private void fuzzForm(Session session, String role, PageForms.Form form, Map<String, String> valid) {
        Map<String, String> fields = new LinkedHashMap<>(form.fields());
        fields.remove("version"); // no expectation: a write does not go stale before its text is checked
        valid.forEach((name, value) -> fields.computeIfPresent(name, (n, old) -> value));
        for (String field : form.fields().keySet()) {
            for (Hostile.Param value : values()) {
                if (form.method().equals("get") && value.wire().length() > 10_000) {
                    continue; // a megabyte on the request line is the server's to refuse, not a page's
                }
                Map<String, String> hostile = new LinkedHashMap<>(fields);
                hostile.put(field, value.wire());
                submit(session, role, form, encode(hostile, field), field, value.kind());
            }
        }
        if (form.method().equals("post")) {
            String body = encode(fields, null);
            check(role, "POST " + form.action(), "form", "without CSRF token",
                    session.postExactly(form.action(), body), form.action(), body);
            check(role, "POST " + form.action(), "form", "forged CSRF token",
                    session.postExactly(form.action(), body + "&_csrf=forged"), form.action(), body);
            submit(session, role, form, body + "&%00=1&a" + "[a]".repeat(1_000) + "=1", "form", "hostile names");
            submit(session, role, form, body + "&zz=" + "a".repeat(3 * Hostile.MEGABYTE), "form",
                    "3 MB field (over the form size limit)");
            submit(session, role, form, body + "&zz=\u00ff\u00c0\u0080", "form", "raw invalid UTF-8 bytes");
        }
    }

    /** Hostile values in the path segments of page addresses (case ids, form names, read model names). */
    void fuzzPaths(Session session, String role, List<String> templates) {
        for (String template : templates) {
            for (Hostile.Param value : values()) {
                if (value.wire().length() > 10_000) {
                    continue; // a megabyte on the request line is the server's to refuse, not a page's
                }
                String target = template.replace("{x}", value.wire());
                boolean post = template.startsWith("POST ");
                String path = post ? target.substring(5) : target;
                RawHttp.Answer answer = post ? session.post(path, "") : session.get(path);
                check(role, template, "path", value.kind(), answer, path, post ? "" : null);
            }
        }
    }

    private void submit(Session session, String role, PageForms.Form form, String body, String field, String kind) {
        boolean post = form.method().equals("post");
        RawHttp.Answer answer = post ? session.post(form.action(), body) : session.get(form.action() + "?" + body);
        check(role, (post ? "POST " : "GET ") + form.action(), "field " + field, kind, answer,
                post ? form.action() : form.action() + "?" + body, post ? body : null);
    }

    private void check(String role, String operation, String where, String kind, RawHttp.Answer answer,
                       String target, String body) {
        List<RawHttp.Header> headers = List.of(new RawHttp.Header("Cookie", "JSESSIONID=<" + role + " session>"));
        String reproduction = Findings.curl(port, body == null ? "GET" : "POST", target, headers,
                body == null ? null : body.getBytes(StandardCharsets.ISO_8859_1));
        findings.check(new Findings.Probe(operation, where, kind, role, reproduction), false, answer);
    }

    private static String encode(Map<String, String> fields, String alreadyEncoded) {
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append(body.length() == 0 ? "" : "&").append(Hostile.encode(name))
                .append('=').append(name.equals(alreadyEncoded) ? value : Hostile.encode(value)));
        return body.toString();
    }
}
