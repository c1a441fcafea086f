package org.fullaccounting.api.fuzz;

import org.fullaccounting.api.TestTokens;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Who sends a request. Most go with a bearer token from the tests' stand-in issuer, which costs the
 * server a signature check; every {@link #BASIC_EVERY}th goes with the account's password over
 * HTTP Basic instead, so that path is fuzzed too without paying bcrypt on thousands of requests.
 */
enum Caller {
    CASEWORKER("fuzz.caseworker", "CASEWORKER", "test-caseworker"),
    ADMIN("fuzz.admin", "ADMIN", "admin"),
    AUDITOR("fuzz.auditor", "AUDITOR", "test-auditor"),
    FAMILY_LINKED("test-family", "FAMILY", "test-family"),
    FAMILY_UNLINKED("fuzz.relative", "FAMILY", null),
    ANONYMOUS(null, null, null);

    static final int BASIC_EVERY = 150;
    static String adminPassword;
    static String accountPassword;

    private final String tokenUser;
    private final String role;
    private final String account;
    private volatile String token;

    Caller(String tokenUser, String role, String account) {
        this.tokenUser = tokenUser;
        this.role = role;
        this.account = account;
    }

    /** The Authorization header for the n-th request, or none for the anonymous caller. */
    List<RawHttp.Header> authorization(int n) {
        if (tokenUser == null) {
            return List.of();
        }
        if (account != null && n % BASIC_EVERY == 0) {
            String password = this == ADMIN ? adminPassword : accountPassword;
            return List.of(new RawHttp.Header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((account + ":" + password).getBytes(StandardCharsets.UTF_8))));
        }
        if (token == null) {
            token = TestTokens.token(tokenUser, List.of(role));
        }
        return List.of(new RawHttp.Header("Authorization", "Bearer " + token));
    }

    /** Tokens live five minutes; a run that outlasts them starts afresh. */
    static void renewTokens() {
        for (Caller caller : values()) {
            caller.token = null;
        }
    }
}
