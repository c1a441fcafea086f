package org.fullaccounting.api.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.time.Duration;

/**
 * Passwords that passed bcrypt lately, so that HTTP Basic (a password on every request) does not
 * spend about 70 ms of CPU on bcrypt for every request. As Elasticsearch's cache of verified
 * credentials, but keyed so that it can never be stale:
 * <ul>
 * <li>an entry is an HMAC-SHA-256, under a key drawn at random when the process starts, of the
 *     <em>stored</em> bcrypt hash together with the presented password ({@link Fingerprints}); the
 *     plain password is never kept, and the key is never written anywhere;</li>
 * <li>the stored hash is the one just read from PostgreSQL for this sign-in (the account row is read
 *     on every sign-in {@link RecentSignIns} does not answer), so a changed password is a different
 *     stored hash and misses; a wrong password is a different HMAC and misses, and is checked by
 *     bcrypt;</li>
 * <li>whether the account is enabled and which roles it has are not cached here: they come from
 *     the row read for this sign-in.</li>
 * </ul>
 * Only {@link #over} a password check is cached, never encoding. The cache is bounded in size and in
 * lifetime ({@code fa.login.verified-cache-size}, {@code -lifetime}); an entry lost or evicted
 * means one more bcrypt, never another answer.
 */
@Component
public class VerifiedPasswords {

    private final Cache<ByteBuffer, Boolean> verified;
    private final Fingerprints fingerprints = new Fingerprints();

    VerifiedPasswords(@Value("${fa.login.verified-cache-size:10000}") long size,
                      @Value("${fa.login.verified-cache-lifetime:5m}") Duration lifetime, MeterRegistry registry) {
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(lifetime).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, verified, "fa.signins.verified");
    }

    /** The given encoder, with {@code matches} answered from this cache when it can be. */
    public PasswordEncoder over(PasswordEncoder passwords) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return passwords.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String stored) {
                return VerifiedPasswords.this.matches(raw, stored, passwords);
            }

            @Override
            public boolean upgradeEncoding(String stored) {
                return passwords.upgradeEncoding(stored);
            }
        };
    }

    private boolean matches(CharSequence raw, String stored, PasswordEncoder passwords) {
        if (raw == null || stored == null) {
            return passwords.matches(raw, stored);
        }
        ByteBuffer fingerprint = fingerprints.of(stored, raw);
        if (verified.getIfPresent(fingerprint) != null) {
            return true;
        }
        boolean right = passwords.matches(raw, stored);
        if (right) {
            verified.put(fingerprint, Boolean.TRUE);
        }
        return right;
    }

    /** How many verified passwords are held now (after pending evictions). */
    public long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** How many checks were answered from the cache since the start. */
    public long hits() {
        return verified.stats().hitCount();
    }
}
