package org.fullaccounting.api.accounts;

import org.fullaccounting.api.audit.AccessLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * After {@code fa.login.max-failures} wrong passwords within {@code fa.login.window}, an account
 * is refused (even with the right password) until the oldest of those failures leaves the
 * window. Failures live in PostgreSQL, so every node and every restart sees the same count.
 */
@Component
public class LoginThrottle implements UserDetailsChecker {

    private final JdbcTemplate jdbc;
    private final AccessLog accessLog;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcTemplate jdbc, AccessLog accessLog, Clock clock,
                  @Value("${fa.login.max-failures:5}") int maxFailures,
                  @Value("${fa.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.accessLog = accessLog;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Refused while throttled; thrown before the password is even checked. */
    public static class Throttled extends LockedException {
        private final Duration retryAfter;

        Throttled(Duration retryAfter) {
            super("too many failed sign-ins; try again later");
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    @Override
    public void check(UserDetails user) {
        Instant now = clock.instant();
        List<Timestamp> recent = jdbc.queryForList("SELECT failed_at FROM login_failure WHERE username = ? "
                        + "AND failed_at > ? ORDER BY failed_at DESC LIMIT ?", Timestamp.class, user.getUsername(),
                Timestamp.from(now.minus(window)), maxFailures);
        if (recent.size() >= maxFailures) {
            Instant oldestCounted = recent.get(recent.size() - 1).toInstant();
            Duration retryAfter = Duration.between(now, oldestCounted.plus(window));
            throw new Throttled(retryAfter.isNegative() ? Duration.ZERO : retryAfter);
        }
    }

    @EventListener
    void failed(AuthenticationFailureBadCredentialsEvent failure) {
        if (!(failure.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            // A rejected single-sign-on token names no account here (its "name" is the token itself).
            accessLog.loginFailed("(bearer token)", "token rejected: " + failure.getException().getMessage());
            return;
        }
        String username = String.valueOf(failure.getAuthentication().getName());
        Instant now = clock.instant();
        jdbc.update("DELETE FROM login_failure WHERE username = ? AND failed_at <= ?", username,
                Timestamp.from(now.minus(window)));
        jdbc.update("INSERT INTO login_failure (username, failed_at) VALUES (?, ?)", username, Timestamp.from(now));
        accessLog.loginFailed(username, "bad credentials");
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent success) {
        jdbc.update("DELETE FROM login_failure WHERE username = ?", success.getAuthentication().getName());
    }
}
