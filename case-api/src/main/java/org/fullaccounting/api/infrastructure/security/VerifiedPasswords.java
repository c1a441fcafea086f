package org.fullaccounting.api.infrastructure.security;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

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
 *
 * <p>When an entry expires while a client sends many requests at once, they all miss together. They
 * share one bcrypt (Caffeine's asynchronous cache holds the check while it runs): the first runs it,
 * the others with the same fingerprint wait for its answer. Before, each ran its own, up to one bcrypt
 * per request in flight every lifetime: a 10 s CPU profile of the benchmark's history reads at 32
 * clients (one account) caught 0.5 s of bcrypt. A refusal is not kept: its check completes empty, and
 * Caffeine drops a check that completes empty or throws.
 */
@Component
public class VerifiedPasswords {

    /** Verified fingerprints (TRUE), and checks running now; a check that refused completes with null and is dropped. */
    private final AsyncCache<ByteBuffer, Boolean> verified;
    private final Fingerprints fingerprints = new Fingerprints();

    VerifiedPasswords(@Value("${fa.login.verified-cache-size:10000}") long size,
                      @Value("${fa.login.verified-cache-lifetime:5m}") Duration lifetime, MeterRegistry registry) {
        this.verified = Caffeine.newBuilder().maximumSize(size).expireAfterWrite(lifetime).recordStats().buildAsync();
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
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> check = verified.get(fingerprint, (key, executor) -> mine);
        if (check != mine) {
            return sameCheck(check, raw, stored, passwords);
        }
        try {
            boolean right = passwords.matches(raw, stored);
            mine.complete(right ? Boolean.TRUE : null);
            return right;
        } catch (RuntimeException | Error failed) {
            mine.completeExceptionally(failed);
            throw failed;
        }
    }

    /**
     * The answer of a check of this password against this stored hash, verified earlier or running
     * now in another request: the same question, so the same answer, for one bcrypt instead of one
     * each. If that check failed (it threw), this request checks for itself.
     */
    private static boolean sameCheck(CompletableFuture<Boolean> check, CharSequence raw, String stored,
                                     PasswordEncoder passwords) {
        try {
            return Boolean.TRUE.equals(check.join());
        } catch (CompletionException | CancellationException failed) {
            return passwords.matches(raw, stored);
        }
    }

    /** How many verified passwords are held now (after pending evictions). */
    public long size() {
        verified.synchronous().cleanUp();
        return verified.synchronous().estimatedSize();
    }

    /** How many checks were answered from the cache since the start. */
    public long hits() {
        return verified.synchronous().stats().hitCount();
    }
}
