package org.fullaccounting.api.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;

/**
 * Username-and-password sign-ins accepted on this node within the last {@code
 * fa.login.signed-in-cache-lifetime} (1 s), so that HTTP Basic, which signs in on every request,
 * does not read the account and its failures from PostgreSQL for each one: an API client sending
 * many requests reads its account about once a second instead.
 *
 * <p>That lifetime is the bound on staleness: a changed password, a disabled account or a removed
 * role counts on every node at most that long after it is stored, and a name that went over the
 * failed sign-in limit meanwhile is still let in with the password it signed in with that long.
 * Guesses gain nothing: an entry is only ever made by a sign-in that passed every check (the throttle
 * and the password), and it is keyed by the name and the exact password presented, as an HMAC under
 * a key drawn at random at start ({@link Fingerprints}); a wrong password misses and is checked and
 * counted as before. Entries live in this node's memory only and no answer depends on them: losing
 * one means one more read. Lifetime 0 turns it off.
 */
@Component
public class RecentSignIns {

    private final Cache<ByteBuffer, UserDetails> accounts;
    private final Fingerprints fingerprints = new Fingerprints();
    private final boolean off;

    @Autowired
    RecentSignIns(@Value("${fa.login.signed-in-cache-size:10000}") long size,
                  @Value("${fa.login.signed-in-cache-lifetime:1s}") Duration lifetime, MeterRegistry registry) {
        this(size, lifetime, Ticker.systemTicker());
        CaffeineCacheMetrics.monitor(registry, accounts, "fa.signins.recent");
    }

    RecentSignIns(long size, Duration lifetime, Ticker ticker) {
        this.off = lifetime.isZero() || lifetime.isNegative();
        this.accounts = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(off ? Duration.ofNanos(1) : lifetime)
                .ticker(ticker).recordStats().build();
    }

    /** The account that signed in with exactly this name and password within the lifetime. */
    Optional<UserDetails> find(String name, CharSequence password) {
        if (off || name == null || password == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(accounts.getIfPresent(fingerprints.of(name, password)));
    }

    /** A sign-in that passed every check, with the account it signed in as. */
    void remember(String name, CharSequence password, UserDetails account) {
        if (!off && name != null && password != null) {
            accounts.put(fingerprints.of(name, password), account);
        }
    }

    /** How many sign-ins were answered from memory since the start. */
    public long hits() {
        return accounts.stats().hitCount();
    }
}
