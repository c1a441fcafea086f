package org.fullaccounting.api.infrastructure.security;

import org.fullaccounting.api.application.accounts.AccountName;
import org.fullaccounting.api.application.refusals.DatabaseOutage;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Sign-in with a username and password (HTTP Basic and the sign-in form), throttled per name.
 * The order matters for what an attacker can learn and do:
 * <ol>
 * <li>a name already over the limit is refused at once (no bcrypt spent on it);</li>
 * <li>the password is checked; for a name without an account Spring's provider checks it against
 *     a dummy bcrypt hash, so known and unknown names cost the same;</li>
 * <li>the throttle then counts and decides in one locked step: over the limit is refused even
 *     with the right password, a failure is recorded, a success clears the count.</li>
 * </ol>
 * When the database cannot be reached at any of these steps, the sign-in is neither accepted nor a
 * failure: {@link SignInUnavailable} (503), and nothing is counted against the name.
 */
public class ThrottledSignIn implements AuthenticationProvider {

    private final DaoAuthenticationProvider accounts;
    private final LoginThrottle throttle;

    public ThrottledSignIn(UserDetailsService users, PasswordEncoder passwords, LoginThrottle throttle) {
        // A name no account can have (too long, unstorable characters) is unknown without asking PostgreSQL.
        this.accounts = new DaoAuthenticationProvider(username -> {
            if (!AccountName.of(username).possible()) {
                throw new UsernameNotFoundException("no such account");
            }
            return users.loadUserByUsername(username);
        });
        this.accounts.setPasswordEncoder(passwords);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        try {
            return throttled(attempt);
        } catch (RuntimeException failure) {
            // Spring wraps a failed account lookup in InternalAuthenticationServiceException; the
            // throttle's own queries fail as they are. Neither is a wrong password.
            if (DatabaseOutage.isCause(failure)) {
                throw new SignInUnavailable(failure);
            }
            throw failure;
        }
    }

    private Authentication throttled(Authentication attempt) {
        AccountName name = AccountName.of(attempt.getName());
        throttle.admit(name);
        Authentication signedIn;
        try {
            signedIn = accounts.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            throttle.failed(name);
            throw wrong;
        }
        throttle.succeeded(name);
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
