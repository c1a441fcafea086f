package org.fullaccounting.api.infrastructure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins: a counter {@code fa.signins.failed}, tagged {@code reason}: bad_credentials (a
 * wrong password, an unknown name, a rejected token) or throttled (refused by LoginThrottle). A
 * sign-in that could not be checked (the database away) is no failed one and is not counted.
 */
@Component
class SignInMetrics {

    private final Counter wrong;
    private final Counter throttled;

    SignInMetrics(MeterRegistry registry) {
        this.wrong = counter(registry, "bad_credentials");
        this.throttled = counter(registry, "throttled");
    }

    private static Counter counter(MeterRegistry registry, String reason) {
        return Counter.builder("fa.signins.failed").description("Sign-ins refused: wrong credentials or throttled")
                .tag("reason", reason).register(registry);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent failure) {
        if (failure instanceof AuthenticationFailureBadCredentialsEvent) {
            wrong.increment();
        } else if (failure.getException() instanceof LockedException) {
            throttled.increment();
        }
    }
}
