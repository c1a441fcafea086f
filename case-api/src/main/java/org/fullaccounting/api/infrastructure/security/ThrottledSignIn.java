package org.fullaccounting.api.infrastructure.security;

import org.fullaccounting.api.application.accounts.AccountName;
import org.fullaccounting.api.application.refusals.DatabaseOutage;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Sign-in with a username and password (HTTP Basic and the sign-in form), throttled per name.
 * The order matters for what an attacker can learn and do:
 * <ol>
 * <li>a name already over the limit is refused at once (no bcrypt spent on it); its failures and
 *     its account are read together, in one statement (SignInRecords);</li>
 * <li>the password is checked; for a name without an account Spring's provider checks it against
 *     a dummy bcrypt hash, so known and unknown names cost the same;</li>
 * <li>the throttle then counts and decides in one locked step: over the limit is refused even
 *     with the right password, a failure is recorded, a success clears the count.</li>
 * </ol>
 * When the database cannot be reached at any of these steps, the sign-in is neither accepted nor a
 * failure: {@link SignInUnavailable} (503), and nothing is counted against the name.
 *
 * <p>A sign-in that passed all three steps with the same name and password within the last second
 * ({@link RecentSignIns}) is answered without them: the account as it was then.
 */
public class ThrottledSignIn implements AuthenticationProvider {

    /** The sign-in this thread is checking: what was read for it, and whether bcrypt had to run. */
    private static final class Attempt {
        private final SignInRecords.Found found;
        private boolean bcryptRan;

        private Attempt(SignInRecords.Found found) {
            this.found = found;
        }
    }

    private static final ThreadLocal<Attempt> CURRENT = new ThreadLocal<>();

    private final DaoAuthenticationProvider accounts;
    private final SignInRecords records;
    private final LoginThrottle throttle;
    private final RecentSignIns recentSignIns;

    /**
     * @param bcrypt        the password encoder (bcrypt)
     * @param remembered    what answers a check from memory when it can (VerifiedPasswords::over)
     * @param recentSignIns what answers a whole sign-in made lately with the same name and password
     */
    public ThrottledSignIn(SignInRecords records, PasswordEncoder bcrypt, UnaryOperator<PasswordEncoder> remembered,
                           LoginThrottle throttle, RecentSignIns recentSignIns) {
        // The account comes from the statement that also read the name's failures (SignInRecords).
        this.accounts = new DaoAuthenticationProvider(username -> {
            Attempt attempt = CURRENT.get();
            UserDetails account = attempt == null ? null : attempt.found.account();
            if (account == null) {
                throw new UsernameNotFoundException("no such account");
            }
            return account;
        });
        this.accounts.setPasswordEncoder(remembered.apply(noting(bcrypt)));
        this.records = records;
        this.throttle = throttle;
        this.recentSignIns = recentSignIns;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String password = attempt.getCredentials() instanceof String given ? given : null;
        Optional<UserDetails> recent = recentSignIns.find(attempt.getName(), password);
        if (recent.isPresent()) {
            return signedInAs(recent.get(), attempt);
        }
        try {
            Authentication signedIn = throttled(attempt);
            if (signedIn.getPrincipal() instanceof UserDetails account) {
                recentSignIns.remember(attempt.getName(), password, account);
            }
            return signedIn;
        } catch (RuntimeException failure) {
            // Spring wraps a failed account lookup in InternalAuthenticationServiceException; the
            // throttle's own queries fail as they are. Neither is a wrong password.
            if (DatabaseOutage.isCause(failure)) {
                throw new SignInUnavailable(failure);
            }
            throw failure;
        }
    }

    /**
     * Step 3 (the locked decision) is needed only when something could have changed since the
     * failures were read: there were failures to clear, or bcrypt ran (about 70 ms in which a burst
     * of guesses can arrive). A password answered from memory was checked microseconds after the
     * count that admitted it, and was verified by bcrypt before, so it slips nothing past.
     */
    private Authentication throttled(Authentication attempt) {
        AccountName name = AccountName.of(attempt.getName());
        Attempt current = new Attempt(records.read(name, throttle.windowStart(), throttle.maxFailures()));
        throttle.admit(current.found.recentFailures());
        Authentication signedIn;
        CURRENT.set(current);
        try {
            signedIn = accounts.authenticate(attempt);
        } catch (BadCredentialsException wrong) {
            throttle.failed(name);
            throw wrong;
        } finally {
            CURRENT.remove();
        }
        if (current.bcryptRan || !current.found.recentFailures().isEmpty()) {
            throttle.succeeded(name);
        }
        return signedIn;
    }

    /** As Spring's provider answers a sign-in it checked: the account, its roles, the attempt's details. */
    private static Authentication signedInAs(UserDetails account, Authentication attempt) {
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(account, null,
                account.getAuthorities());
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    /** The encoder, noting on the current attempt when it actually checked a password. */
    private static PasswordEncoder noting(PasswordEncoder bcrypt) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return bcrypt.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String stored) {
                Attempt attempt = CURRENT.get();
                if (attempt != null) {
                    attempt.bcryptRan = true;
                }
                return bcrypt.matches(raw, stored);
            }

            @Override
            public boolean upgradeEncoding(String stored) {
                return bcrypt.upgradeEncoding(stored);
            }
        };
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
