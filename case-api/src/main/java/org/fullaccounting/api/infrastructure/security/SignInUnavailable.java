package org.fullaccounting.api.infrastructure.security;

import org.springframework.security.authentication.InternalAuthenticationServiceException;

/**
 * A sign-in that could not be checked because the database (accounts, throttle) cannot be reached.
 * Not a wrong password: it is answered 503 DATABASE_UNAVAILABLE, never 401, and is not counted as a
 * failed sign-in. An internal-service exception, so Spring's ProviderManager passes it on at once
 * instead of trying other providers.
 */
public class SignInUnavailable extends InternalAuthenticationServiceException {

    SignInUnavailable(Throwable cause) {
        super("the database cannot be reached just now, so the sign-in cannot be checked", cause);
    }
}
