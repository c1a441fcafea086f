package org.fullaccounting.api.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the fuzzing saw (from several threads at once): how many requests, the statuses, and every answer that broke the
 * contract, grouped so that a failing run says which operation, which parameter, which class of
 * value and which status, with one reproduction per group.
 */
final class Findings {

    /** One request as sent: where the hostile value went, as whom, and the line to send it again. */
    record Probe(String operation, String where, String valueClass, String role, String reproduction) {
    }

    private record Group(String rule, int status, String operation, String where) {
    }

    private final Map<Group, Set<String>> valueClasses = new LinkedHashMap<>();
    private final Map<Group, Set<String>> roles = new LinkedHashMap<>();
    private final Map<Group, String> examples = new LinkedHashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> endChecks = new ArrayList<>();
    private int sent;

    /** Checks one answer against the contract: never 5xx, and on /api every 4xx a problem with a code. */
    synchronized void check(Probe probe, boolean api, RawHttp.Answer answer) {
        sent++;
        statuses.merge(answer.status(), 1, Integer::sum);
        if (answer.status() == 0) {
            fail("no answer", probe, answer);
        } else if (answer.status() >= 500) {
            fail("5xx", probe, answer);
        } else if (api && answer.status() >= 400 && !answer.isProblem()) {
            fail("4xx not application/problem+json", probe, answer);
        } else if (api && answer.status() >= 400 && !answer.text().contains("\"code\"")) {
            fail("problem without code", probe, answer);
        }
    }

    synchronized void endCheckFailed(String what) {
        endChecks.add(what);
    }

    synchronized int sent() {
        return sent;
    }

    synchronized boolean clean() {
        return valueClasses.isEmpty() && endChecks.isEmpty();
    }

    private synchronized void fail(String rule, Probe probe, RawHttp.Answer answer) {
        Group group = new Group(rule, answer.status(), probe.operation(), probe.where());
        valueClasses.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(probe.valueClass());
        roles.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(probe.role());
        examples.putIfAbsent(group, probe.reproduction() + "\n        -> " + answer.status() + " "
                + shorten(answer.text().replaceAll("\\s+", " "), 160));
    }

    synchronized String summary() {
        StringBuilder out = new StringBuilder();
        out.append("Hostile input fuzzing: ").append(sent).append(" requests; statuses ").append(statuses)
                .append('\n');
        if (clean()) {
            return out.append("no failures\n").toString();
        }
        out.append(valueClasses.size())
                .append(" failing groups (rule, status, operation, where: value classes; roles)\n");
        valueClasses.forEach((group, classes) -> out.append(" - [").append(group.rule()).append(' ')
                .append(group.status()).append("] ").append(group.operation()).append(" @ ").append(group.where())
                .append(": ").append(classes).append("; as ").append(roles.get(group)).append("\n      ")
                .append(examples.get(group)).append('\n'));
        endChecks.forEach(check -> out.append(" - [after the run] ").append(check).append('\n'));
        return out.toString();
    }

    static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }

    /** A curl line for the request; long or binary bodies are abbreviated, not lost in the log. */
    static String curl(int port, String method, String target, List<RawHttp.Header> headers, byte[] body) {
        StringBuilder line = new StringBuilder("curl -g -i -X ").append(method).append(" '")
                .append(shorten("http://localhost:" + port + target, 300)).append('\'');
        for (RawHttp.Header header : headers) {
            line.append(" -H ").append(quote(header.name() + ": " + shorten(header.value(), 120)));
        }
        if (body != null) {
            line.append(" --data-binary ").append(quote(shorten(new String(body, StandardCharsets.ISO_8859_1), 200)));
        }
        return line.toString();
    }

    /** Bash $'…' quoting, so NUL and bytes above 0x7F are visible as \xNN. */
    private static String quote(String latin1) {
        StringBuilder out = new StringBuilder("$'");
        for (char c : latin1.toCharArray()) {
            if (c == '\'' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c >= 0x7F && c <= 0xFF) {
                out.append(String.format("\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('\'').toString();
    }
}
