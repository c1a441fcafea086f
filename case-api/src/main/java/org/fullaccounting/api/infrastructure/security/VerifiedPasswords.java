package org.fullaccounting.api.infrastructure.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;

/**
 * Passwords that passed bcrypt lately, so that HTTP Basic (a password on every request) does not
 * spend about 70 ms of CPU on bcrypt for every request. As Elasticsearch's cache of verified
 * credentials, but keyed so that it can never be stale:
 * <ul>
 * <li>an entry is an HMAC-SHA-256, under a key drawn at random when the process starts, of the
 *     <em>stored</em> bcrypt hash together with the presented password; the plain password is never
 *     kept, and the key is never written anywhere;</li>
 * <li>the stored hash is the one just read from PostgreSQL for this request (the account row is read
 *     on every sign-in, as before), so a changed password is a different stored hash and misses at
 *     once on every node; a wrong password is a different HMAC and misses, and is checked by bcrypt;</li>
 * <li>whether the account is enabled and which roles it has are not cached at all: they come from
 *     the row read for this request.</li>
 * </ul>
 * Only {@link #over} a password check is cached, never encoding. The cache is bounded in size and in
 * lifetime ({@code fa.login.verified-cache-size}, {@code -lifetime}); an entry lost or evicted
 * means one more bcrypt, never another answer.
 */
@Component
public class VerifiedPasswords {

    private static final String HMAC = "HmacSHA256";

    private final Cache<ByteBuffer, Boolean> verified;
    private final ThreadLocal<Mac> macs;

    VerifiedPasswords(@Value("${fa.login.verified-cache-size:10000}") long size,
                      @Value("${fa.login.verified-cache-lifetime:5m}") Duration lifetime, MeterRegistry registry) {
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(lifetime).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, verified, "fa.signins.verified");
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        SecretKeySpec secret = new SecretKeySpec(key, HMAC);
        this.macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance(HMAC);
                mac.init(secret);
                return mac;
            } catch (GeneralSecurityException impossible) {
                throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", impossible);
            }
        });
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
        ByteBuffer fingerprint = fingerprint(raw, stored);
        if (verified.getIfPresent(fingerprint) != null) {
            return true;
        }
        boolean right = passwords.matches(raw, stored);
        if (right) {
            verified.put(fingerprint, Boolean.TRUE);
        }
        return right;
    }

    /** HMAC(stored hash, NUL, password): a stored hash holds no NUL, so no two pairs run together. */
    private ByteBuffer fingerprint(CharSequence raw, String stored) {
        Mac mac = macs.get();
        mac.update(stored.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) 0);
        return ByteBuffer.wrap(mac.doFinal(raw.toString().getBytes(StandardCharsets.UTF_8)));
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
