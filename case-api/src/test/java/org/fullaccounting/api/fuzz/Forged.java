package org.fullaccounting.api.fuzz;

import org.fullaccounting.api.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

/** Headers and query strings no honest client sends: forged credentials, odd content types, raw bytes. */
final class Forged {

    private Forged() {
    }

    record Header(String name, String kind, String value) {
    }

    record QueryString(String kind, String wire) {
    }

    /** {@code values}: a sample of hostile parameter values to put into the free-text headers. */
    static List<Header> headers(boolean hasBody, List<Hostile.Param> values) {
        List<Header> all = new ArrayList<>();
        all.add(new Header("Authorization", "bearer garbage", "Bearer garbage"));
        all.add(new Header("Authorization", "bearer 10k", "Bearer " + "a".repeat(10_000)));
        all.add(new Header("Authorization", "bearer unsigned (alg none)", "Bearer " + unsignedToken()));
        all.add(new Header("Authorization", "bearer expired", "Bearer "
                + TestTokens.expiredToken("fuzz.caseworker", List.of("CASEWORKER"))));
        all.add(new Header("Authorization", "bearer from another issuer", "Bearer "
                + TestTokens.tokenFromAnotherIssuer("fuzz.admin", List.of("ADMIN"))));
        all.add(new Header("Authorization", "bearer with NUL user", "Bearer "
                + TestTokens.token("nul\u0000user", List.of("CASEWORKER"))));
        all.add(new Header("Authorization", "basic not base64", "Basic !!!"));
        all.add(new Header("Authorization", "basic without colon", "Basic " + base64("nocolon")));
        all.add(new Header("Authorization", "basic NUL user", "Basic " + base64("test-caseworker\u0000:x")));
        all.add(new Header("Authorization", "basic invalid UTF-8 user", "Basic "
                + Base64.getEncoder().encodeToString(new byte[]{(byte) 0xFF, (byte) 0xC0, ':', 'x'})));
        all.add(new Header("Authorization", "basic user over 100 characters", "Basic "
                + base64("u".repeat(150) + ":wrong-password")));
        all.add(new Header("Authorization", "unknown scheme", "Digest username=x"));
        all.add(new Header("Origin", "cross-site origin", "http://evil.example"));
        all.add(new Header("Sec-Fetch-Site", "cross-site", "cross-site"));
        all.add(new Header("Accept", "xml", "application/xml"));
        all.add(new Header("Accept", "ndjson", "application/x-ndjson"));
        all.add(new Header("Accept", "html", "text/html"));
        all.add(new Header("Accept", "malformed", "*/*;q=x;;, ,"));
        all.add(new Header("Accept-Charset", "unknown charset", "x-no-such-charset"));
        all.add(new Header("X-HTTP-Method-Override", "method override", "DELETE"));
        all.add(new Header("X-Forwarded-Host", "forwarded host", "evil.example"));
        all.add(new Header("X-Forwarded-Proto", "forwarded proto", "gopher"));
        all.add(new Header("Forwarded", "malformed forwarded", "for=\"[::1;proto=\u00ff"));
        all.add(new Header("Cookie", "forged session", "JSESSIONID=garbage; XSRF-TOKEN=x"));
        all.add(new Header("Range", "range", "bytes=0-1,5-"));
        all.add(new Header("If-None-Match", "if-none-match", "\"1\""));
        all.add(new Header("If-Modified-Since", "malformed date", "yesterday"));
        if (hasBody) {
            for (String type : List.of("text/plain", "application/xml", "application/json;charset=latin1",
                    "application/json;charset=x-nonsense", "application/json;charset=\"", "multipart/form-data",
                    "application/x-www-form-urlencoded", "", "application/merge-patch+json", "*/*")) {
                all.add(new Header("Content-Type", "content type " + type, type));
            }
        }
        for (String name : List.of("X-Request-Id", "X-Forwarded-For", "Accept-Language", "If-Match",
                "Idempotency-Key")) {
            for (Hostile.Param value : values) {
                all.add(new Header(name, value.kind(), Hostile.asHeader(value.wire())));
            }
        }
        return all;
    }

    static List<QueryString> queryStrings() {
        List<QueryString> all = new ArrayList<>();
        all.add(new QueryString("NUL name", "%00=1"));
        all.add(new QueryString("invalid UTF-8 name and value", "%FF%C0%80=%FF%C0%80"));
        all.add(new QueryString("empty pairs", "=&&&=&"));
        all.add(new QueryString("dangling percent", "a=%"));
        all.add(new QueryString("nested brackets", "a" + "[a]".repeat(1_000) + "=1"));
        all.add(new QueryString("a thousand parameters", String.join("&",
                Collections.nCopies(1_000, "status=MISSING_IN_ACTION"))));
        all.add(new QueryString("duplicate parameter", "page=0&page=1&size=1&size=5000"));
        return all;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String unsignedToken() {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(("{\"preferred_username\":\"fuzz.admin\",\"roles\":[\"ADMIN\"],"
                + "\"exp\":4102444800}").getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
