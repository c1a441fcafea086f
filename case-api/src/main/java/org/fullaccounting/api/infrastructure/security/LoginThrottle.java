package org.fullaccounting.api.infrastructure.security;

import org.fullaccounting.api.application.accounts.AccountName;

import org.fullaccounting.api.application.audit.AccessLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * After {@code fa.login.max-failures} wrong passwords within {@code fa.login.window}, a name is
 * refused (even with the right password) until the oldest of those failures leaves the window.
 * Names are throttled whether or not an account has them, so the answers do not tell which exist.
 * <p>
 * Failures live in PostgreSQL, so every node and every restart sees the same count. Counting and
 * deciding are one step: a transaction that holds an advisory lock on the name, so attempts that
 * arrive together are counted one after another and those beyond the limit are refused.
 */
@Component
public class LoginThrottle {

    /** Our class of advisory locks (two-key form: it never meets a one-key lock taken elsewhere). */
    private static final int LOCK_CLASS = 0x46415448;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AccessLog accessLog;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    LoginThrottle(JdbcTemplate jdbc, TransactionTemplate transaction, AccessLog accessLog, Clock clock,
                  @Value("${fa.login.max-failures:5}") int maxFailures,
                  @Value("${fa.login.window:15m}") Duration window) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.accessLog = accessLog;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    /** Refused while throttled, whatever the password and whether or not the account exists. */
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

    /**
     * Before the password is checked: refuses a name already over the limit without spending a
     * bcrypt on it. Not the decision (it takes no lock); {@link #succeeded} and {@link #failed} are.
     *
     * @param recentNewestFirst the name's failures within the window, newest first, at most the
     *                          limit (as {@link #recentFailures} or SignInRecords read them)
     */
    void admit(List<Instant> recentNewestFirst) {
        refuseIfOverLimit(recentNewestFirst, clock.instant());
    }

    /** Where the window of counted failures starts now (SignInRecords reads them in its own statement). */
    Instant windowStart() {
        return clock.instant().minus(window);
    }

    int maxFailures() {
        return maxFailures;
    }

    /**
     * The right password: accepted unless the name went over the limit while it was checked (so
     * a burst of guesses cannot slip a right one past), and any failures cleared. Without failures
     * there is nothing to decide or clear, which keeps each HTTP Basic request to two reads.
     */
    void succeeded(AccountName name) {
        if (!recentFailures(name, clock.instant()).isEmpty()) {
            decide(name, () -> jdbc.update("DELETE FROM login_failure WHERE username = ?", name.stored()));
        }
    }

    /** A wrong password (or no such account): one more failure, or refused if over the limit. */
    void failed(AccountName name) {
        Instant now = clock.instant();
        decide(name, () -> jdbc.update("INSERT INTO login_failure (username, failed_at) VALUES (?, ?)",
                name.stored(), Timestamp.from(now)));
        accessLog.loginFailed(name.stored(), "bad credentials" + name.cutNote());
        prune(now);
    }

    /** Counts and acts in one transaction, serialised per name across every node. */
    private void decide(AccountName name, Runnable withinLimit) {
        transaction.executeWithoutResult(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(?, hashtext(?))", rs -> null, LOCK_CLASS, name.stored());
            Instant now = clock.instant();
            refuseIfOverLimit(recentFailures(name, now), now);
            withinLimit.run();
        });
    }

    private List<Instant> recentFailures(AccountName name, Instant now) {
        return jdbc.queryForList("SELECT failed_at FROM login_failure WHERE username = ? AND failed_at > ? "
                        + "ORDER BY failed_at DESC LIMIT ?", Timestamp.class, name.stored(),
                Timestamp.from(now.minus(window)), maxFailures).stream().map(Timestamp::toInstant).toList();
    }

    private void refuseIfOverLimit(List<Instant> recentNewestFirst, Instant now) {
        if (recentNewestFirst.size() >= maxFailures) {
            Instant oldestCounted = recentNewestFirst.get(recentNewestFirst.size() - 1);
            Duration retryAfter = Duration.between(now, oldestCounted.plus(window));
            throw new Throttled(retryAfter.isNegative() ? Duration.ZERO : retryAfter);
        }
    }

    /**
     * Failures that left the window count for nobody: deleting them, whatever name they carry, keeps
     * the table as small as the rate of failures times the window, even when every name is new.
     */
    private void prune(Instant now) {
        jdbc.update("DELETE FROM login_failure WHERE failed_at <= ?", Timestamp.from(now.minus(window)));
    }

    @EventListener
    void rejectedToken(AuthenticationFailureBadCredentialsEvent failure) {
        if (!(failure.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
            // A rejected single-sign-on token names no account here (its "name" is the token itself).
            accessLog.loginFailed("(bearer token)", "token rejected: " + failure.getException().getMessage());
        }
    }
}
