package org.fullaccounting.api.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser's session with the web pages, over {@link RawHttp}: form sign-in with the CSRF token
 * the login page renders, then the session cookie and the current CSRF token on every form post.
 * Several threads may share one session, as a browser's tabs do: every token rendered stays valid.
 */
final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("(JSESSIONID=[^;]+)");

    private final RawHttp http;
    private volatile String cookie;
    private volatile String csrf;

    private Session(RawHttp http) {
        this.http = http;
    }

    /** Anonymous, with the login page's session and token. */
    static Session anonymous(RawHttp http) {
        Session session = new Session(http);
        session.get("/login");
        return session;
    }

    static Session signedIn(RawHttp http, String username, String password) {
        Session session = anonymous(http);
        RawHttp.Answer answer = session.post("/login", "username=" + Hostile.encode(username) + "&password="
                + Hostile.encode(password));
        String location = answer.header("location");
        if (answer.status() != 302 || location == null || location.contains("/login")) {
            throw new IllegalStateException("could not sign in as " + username + ": " + answer.status() + " "
                    + location);
        }
        session.get(location.replaceFirst("^https?://[^/]+", ""));
        return session;
    }

    RawHttp.Answer get(String target) {
        RawHttp.Answer answer = http.send("GET", target, headers(false), null);
        remember(answer);
        return answer;
    }

    /** A form post with this session's token added; {@code form} is already form-urlencoded. */
    RawHttp.Answer post(String target, String form) {
        return postExactly(target, (form.isEmpty() ? "" : form + "&") + "_csrf="
                + Hostile.encode(csrf == null ? "" : csrf));
    }

    /** A form post of exactly these bytes (ISO-8859-1 characters), token or not. */
    RawHttp.Answer postExactly(String target, String form) {
        byte[] body = form.getBytes(StandardCharsets.ISO_8859_1);
        RawHttp.Answer answer = http.send("POST", target, headers(true), body);
        remember(answer);
        return answer;
    }

    List<RawHttp.Header> headers(boolean form) {
        List<RawHttp.Header> headers = new ArrayList<>();
        if (cookie != null) {
            headers.add(new RawHttp.Header("Cookie", cookie));
        }
        if (form) {
            headers.add(new RawHttp.Header("Content-Type", "application/x-www-form-urlencoded"));
        }
        return headers;
    }

    private void remember(RawHttp.Answer answer) {
        String setCookie = answer.header("set-cookie");
        if (setCookie != null) {
            Matcher m = COOKIE.matcher(setCookie);
            if (m.find()) {
                cookie = m.group(1);
            }
        }
        Matcher token = CSRF.matcher(answer.text());
        if (token.find()) {
            csrf = token.group(1);
        }
    }
}
