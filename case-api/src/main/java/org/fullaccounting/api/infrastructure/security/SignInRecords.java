package org.fullaccounting.api.infrastructure.security;

import org.fullaccounting.api.application.accounts.AccountName;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * What one username-and-password sign-in needs from PostgreSQL, read in one statement instead of
 * three (the throttle's count, Spring's account row, Spring's authorities): the name's failed
 * sign-ins within the throttle's window, and the account as it is stored right now. Only a sign-in
 * that passed every check is remembered, for at most a second (RecentSignIns), so a changed
 * password, a disabled account or a removed role counts within that second on every node.
 *
 * <p>The account is what Spring Security's JdbcDaoImpl would build from the same tables with its
 * default queries: the stored name, the bcrypt hash, enabled, and the authorities as stored; an
 * account without authorities is no account (JdbcDaoImpl refuses it as well).
 */
@Component
public class SignInRecords {

    private static final String READ = "SELECT ARRAY(SELECT f.failed_at FROM login_failure f WHERE f.username = ? "
            + "AND f.failed_at > ? ORDER BY f.failed_at DESC LIMIT ?) AS failures, u.username, u.password, u.enabled, "
            + "ARRAY(SELECT a.authority FROM authorities a WHERE a.username = u.username) AS authorities "
            + "FROM (VALUES (1)) AS one LEFT JOIN users u ON u.username = ?";

    private final JdbcTemplate jdbc;

    SignInRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One name's record: its recent failures (newest first) and its account, null when there is none. */
    record Found(List<Instant> recentFailures, UserDetails account) {
    }

    /**
     * @param since       failures at or before this instant no longer count
     * @param maxFailures how many failures are enough to decide (the throttle's limit)
     */
    Found read(AccountName name, Instant since, int maxFailures) {
        // A name no account can have (too long, unstorable characters) is looked up as nobody's.
        String accountName = name.possible() ? name.given() : null;
        return jdbc.queryForObject(READ, (rs, row) -> new Found(failures(rs), account(rs)),
                name.stored(), Timestamp.from(since), maxFailures, accountName);
    }

    private static List<Instant> failures(ResultSet rs) throws SQLException {
        Array failures = rs.getArray("failures");
        return Arrays.stream((Object[]) failures.getArray()).map(at -> ((Timestamp) at).toInstant()).toList();
    }

    private static UserDetails account(ResultSet rs) throws SQLException {
        String username = rs.getString("username");
        if (username == null) {
            return null;
        }
        List<GrantedAuthority> authorities = Arrays.stream((Object[]) rs.getArray("authorities").getArray())
                .map(authority -> (GrantedAuthority) new SimpleGrantedAuthority((String) authority)).toList();
        if (authorities.isEmpty()) {
            return null;
        }
        return new User(username, rs.getString("password"), rs.getBoolean("enabled"), true, true, true, authorities);
    }
}
