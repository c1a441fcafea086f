package org.fullaccounting.api.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The hostile values, each with the name of its class (what a failure report groups by). Parameter
 * values are given as they go on the wire, percent-encoded, so bytes that are not UTF-8 (0xFF, an
 * overlong NUL, the CESU bytes of a lone surrogate) arrive exactly as an attacker would send them.
 * Body values are raw JSON text, so a lone surrogate is the escape {@code "\uD800"} and nesting
 * 10,000 levels deep needs no serializer that would refuse it.
 */
final class Hostile {

    static final int MEGABYTE = 1_000_000;
    static final int DEEP = 10_000;

    private Hostile() {
    }

    /** A query, path or header value; {@code wire} is percent-encoded. */
    record Param(String kind, String wire) {
    }

    /** A JSON value to put where a field's value goes. */
    record Json(String kind, String json) {
    }

    static List<Param> params() {
        List<Param> all = new ArrayList<>();
        all.add(new Param("empty", ""));
        all.add(new Param("blank", "%20%20"));
        all.add(new Param("null word", "null"));
        all.add(new Param("NUL", "%00"));
        all.add(new Param("NUL inside", "a%00b"));
        all.add(new Param("lone surrogate (CESU bytes)", "%ED%A0%80"));
        all.add(new Param("invalid UTF-8 0xFF", "%FF"));
        all.add(new Param("overlong NUL %C0%80", "%C0%80"));
        all.add(new Param("truncated UTF-8", "a%E2%82"));
        all.add(new Param("malformed percent", "%G1%"));
        all.add(new Param("CRLF", "a%0D%0ASet-Cookie:%20x=1"));
        all.add(new Param("U+FFFF, BOM, emoji, RTL override", "%EF%BF%BF%EF%BB%BF%F0%9F%98%80%E2%80%AE"));
        all.add(new Param("long string 5k", "a".repeat(5_000)));
        all.add(new Param("string over the header limit 20k", "a".repeat(20_000)));
        all.add(new Param("huge number", "9".repeat(40)));
        all.add(new Param("negative", "-1"));
        all.add(new Param("int overflow", "2147483648"));
        all.add(new Param("boolean", "true"));
        all.add(new Param("SQL", "'%20OR%201=1--"));
        all.add(new Param("LIKE wildcards", "%25_%25"));
        all.add(new Param("markup and template", "%3Cscript%3E$%7Bjndi:ldap://x%7D%5B%5B$%7B7*7%7D%5D%5D"));
        all.add(new Param("unknown uuid", "7b1e2d3c-0000-4000-8000-000000000001"));
        all.add(new Param("nil uuid", "00000000-0000-0000-0000-000000000000"));
        all.add(new Param("enum lower case", "missing_in_action"));
        all.add(new Param("date 0000-00-00", "0000-00-00"));
        all.add(new Param("date year 99999", "99999-01-01"));
        all.add(new Param("date 1950-02-30", "1950-02-30"));
        all.add(new Param("date circa", "circa"));
        all.add(new Param("date hour 25", "1950-11-04T25:00"));
        all.add(new Param("instant max", "%2B1000000000-12-31T23:59:59.999999999Z"));
        all.add(new Param("instant min", "-1000000000-01-01T00:00:00Z"));
        all.add(new Param("instant offset +25", "2027-03-01T00:00:00%2B25:00"));
        return all;
    }

    static List<Json> jsonValues() {
        List<Json> all = new ArrayList<>();
        all.add(new Json("null", "null"));
        all.add(new Json("empty string", "\"\""));
        all.add(new Json("blank string", "\"   \""));
        all.add(new Json("number", "123"));
        all.add(new Json("huge integer", "9".repeat(400)));
        all.add(new Json("huge exponent", "1e999999999"));
        all.add(new Json("boolean", "true"));
        all.add(new Json("empty array", "[]"));
        all.add(new Json("array of string", "[\"x\"]"));
        all.add(new Json("empty object", "{}"));
        all.add(new Json("object", "{\"a\":\"b\"}"));
        all.add(new Json("NUL", "\"\\u0000\""));
        all.add(new Json("NUL inside", "\"before\\u0000after\""));
        all.add(new Json("lone high surrogate", "\"\\uD800\""));
        all.add(new Json("lone low surrogate", "\"x\\uDC00y\""));
        all.add(new Json("control characters", "\"\\u0001\\u001f\\u007f\\r\\n\\t\""));
        all.add(new Json("U+FFFF, BOM, emoji, RTL override", "\"\\uFFFF\\uFEFF\uD83D\uDE00\\u202E\""));
        all.add(new Json("string 10k", "\"" + "a".repeat(10_001) + "\""));
        all.add(new Json("string 1 MB", "\"" + "a".repeat(MEGABYTE) + "\""));
        all.add(new Json("nested arrays 10k", "[".repeat(DEEP) + "]".repeat(DEEP)));
        all.add(new Json("nested objects 10k", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        all.add(new Json("SQL, markup, template", "\"' OR 1=1; --<script>${jndi:ldap://x}[[${7*7}]]\""));
        all.add(new Json("unknown uuid", "\"7b1e2d3c-0000-4000-8000-000000000001\""));
        all.add(new Json("enum lower case", "\"army\""));
        all.add(new Json("date 0000-00-00", "\"0000-00-00\""));
        all.add(new Json("date year 99999", "\"99999-01-01\""));
        all.add(new Json("date 1950-02-30", "\"1950-02-30\""));
        all.add(new Json("date circa", "\"circa\""));
        all.add(new Json("date circa 0000", "\"circa 0000\""));
        all.add(new Json("date -1", "\"-1\""));
        all.add(new Json("date hour 25", "\"1950-11-04T25:00\""));
        all.add(new Json("date with full-width digits", "\"\uFF11\uFF19\uFF15\uFF10\""));
        all.add(new Json("date circa with NUL", "\"circa\\u00001950\""));
        return all;
    }

    /** Whole request bodies for a JSON endpoint, as bytes: some are not JSON, some not UTF-8. */
    record Body(String kind, byte[] bytes) {
    }

    static List<Body> bodies(String validJson) {
        List<Body> all = new ArrayList<>();
        all.add(body("empty body", ""));
        for (String json : List.of("null", "[]", "{}", "\"text\"", "123", "true")) {
            all.add(body("body " + json, json));
        }
        all.add(body("truncated JSON", validJson.substring(0, validJson.length() / 2)));
        all.add(body("trailing garbage", validJson + "x"));
        all.add(body("two documents", validJson + validJson));
        all.add(body("duplicate keys", "{" + validJson.substring(1, validJson.length() - 1) + ","
                + validJson.substring(1)));
        all.add(body("unknown field", "{\"zzUnknown\":1," + validJson.substring(1)));
        all.add(body("body nested arrays 10k", "[".repeat(DEEP) + "]".repeat(DEEP)));
        all.add(body("body nested objects 10k", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP)));
        all.add(body("body 1 MB unknown field", "{\"zz\":\"" + "a".repeat(MEGABYTE) + "\"," + validJson.substring(1)));
        all.add(body("10k keys", "{" + String.join(",", IntStream.range(0, 10_000)
                .mapToObj(i -> "\"k" + i + "\":" + i).toList()) + "}"));
        all.add(new Body("invalid UTF-8 0xFF in a string", splice(validJson, new byte[]{(byte) 0xFF})));
        all.add(new Body("overlong NUL C0 80 in a string", splice(validJson, new byte[]{(byte) 0xC0, (byte) 0x80})));
        all.add(new Body("CESU lone surrogate bytes in a string",
                splice(validJson, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80})));
        all.add(new Body("raw NUL byte in a string", splice(validJson, new byte[]{0})));
        all.add(new Body("UTF-16 body", validJson.getBytes(StandardCharsets.UTF_16)));
        return all;
    }

    /** The valid body with the bytes put inside its first string value. */
    private static byte[] splice(String validJson, byte[] inside) {
        int at = validJson.indexOf("\":\"");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] bytes = validJson.getBytes(StandardCharsets.UTF_8);
        int cut = at < 0 ? bytes.length / 2 : validJson.substring(0, at + 3).getBytes(StandardCharsets.UTF_8).length;
        out.write(bytes, 0, cut);
        out.writeBytes(inside);
        out.write(bytes, cut, bytes.length - cut);
        return out.toByteArray();
    }

    private static Body body(String kind, String text) {
        return new Body(kind, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Percent-encodes every byte of the text outside the unreserved set. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    /** A percent-encoded value as header bytes (ISO-8859-1 characters); CR and LF would end the header. */
    static String asHeader(String wire) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < wire.length(); i++) {
            char c = wire.charAt(i);
            if (c == '%' && isHex(wire, i + 1) && isHex(wire, i + 2)) {
                char decoded = (char) Integer.parseInt(wire.substring(i + 1, i + 3), 16);
                out.append(decoded == '\r' || decoded == '\n' ? ' ' : decoded);
                i += 2;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }
}
