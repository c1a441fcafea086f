package org.fullaccounting.api.application.accounts;

import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;


import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.JdbcUserDetailsManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;

/** Accounts in PostgreSQL through Spring Security's JdbcUserDetailsManager; passwords hashed on the way in. */
@Component
public class Accounts {

    private final JdbcUserDetailsManager users;
    private final PasswordEncoder passwords;
    private final JdbcTemplate jdbc;

    Accounts(JdbcUserDetailsManager users, PasswordEncoder passwords, JdbcTemplate jdbc) {
        this.users = users;
        this.passwords = passwords;
        this.jdbc = jdbc;
    }

    @Transactional
    public AccountView create(String username, String password, List<String> roles) {
        if (users.userExists(username)) {
            throw Refusal.of(RefusalCode.ACCOUNT_EXISTS, "an account named '" + username + "' already exists");
        }
        users.createUser(User.withUsername(username)
                .password(passwords.encode(password))
                .authorities(AuthorityUtils.createAuthorityList(
                        roles.stream().map(role -> "ROLE_" + role).toArray(String[]::new)))
                .build());
        return new AccountView(username, roles.stream().sorted().toList(), true);
    }

    public boolean any() {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM users", Integer.class);
        return count != null && count > 0;
    }

    public boolean hasRole(String username, String role) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM authorities WHERE username = ? "
                + "AND authority = ?)", Boolean.class, username, "ROLE_" + role));
    }

    public boolean exists(String username) {
        return users.userExists(username);
    }

    public List<AccountView> list() {
        return jdbc.query("SELECT u.username, u.enabled, string_agg(a.authority, ',' ORDER BY a.authority) AS roles "
                        + "FROM users u LEFT JOIN authorities a ON a.username = u.username "
                        + "GROUP BY u.username, u.enabled ORDER BY u.username",
                (rs, row) -> new AccountView(rs.getString("username"),
                        rs.getString("roles") == null ? List.of()
                                : Arrays.stream(rs.getString("roles").split(","))
                                        .map(role -> role.replaceFirst("^ROLE_", "")).toList(),
                        rs.getBoolean("enabled")));
    }
}
