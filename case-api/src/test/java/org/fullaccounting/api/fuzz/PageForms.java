package org.fullaccounting.api.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms a rendered page offers, read from its HTML: where each posts (or gets) and its fields
 * with a valid value each (the rendered value, the first real option of a list, or one chosen by
 * the field's name). A form added to a page is fuzzed without touching the test.
 */
final class PageForms {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern FIELD = Pattern.compile("<(input|select|textarea)\\b([^>]*)>(.*?)(?=<input|<select"
            + "|<textarea|<button|</form>|$)", Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("<option\\b[^>]*value=\"([^\"]+)\"");

    private PageForms() {
    }

    record Form(String action, String method, Map<String, String> fields) {
    }

    static List<Form> on(String html) {
        List<Form> forms = new ArrayList<>();
        Matcher form = FORM.matcher(html);
        while (form.find()) {
            String action = attribute(form.group(1), "action");
            String method = attribute(form.group(1), "method");
            if (action == null || action.equals("/logout")) {
                continue;
            }
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher field = FIELD.matcher(form.group(2));
            while (field.find()) {
                String name = attribute(field.group(2), "name");
                if (name == null || name.equals("_csrf") || fields.containsKey(name)) {
                    continue;
                }
                fields.put(name, valid(field.group(1), name, field.group(2), field.group(3)));
            }
            forms.add(new Form(unescape(action), method == null ? "get" : method.toLowerCase(), fields));
        }
        return forms;
    }

    private static String valid(String tag, String name, String attributes, String after) {
        String value = attribute(attributes, "value");
        String type = attribute(attributes, "type");
        if (tag.equals("select")) {
            Matcher option = OPTION.matcher(after);
            return option.find() ? unescape(option.group(1)) : "";
        }
        if ("checkbox".equals(type) || "radio".equals(type)) {
            return value == null ? "on" : unescape(value);
        }
        if (value != null && !value.isEmpty()) {
            return unescape(value);
        }
        String lower = name.toLowerCase();
        if (lower.equals("asof")) {
            return "2030-01-01T00:00";
        }
        if (lower.contains("date") || name.endsWith("On") || name.equals("on")) {
            return "1950-11-04";
        }
        if (lower.equals("password")) {
            return "a-long-fuzz-password";
        }
        if (lower.equals("username")) {
            return Fixture.unique("fuzz.page.");
        }
        if (lower.equals("servicenumber")) {
            return Fixture.unique("PG");
        }
        return "fuzz " + name;
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attributes);
        return m.find() ? m.group(1) : null;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
