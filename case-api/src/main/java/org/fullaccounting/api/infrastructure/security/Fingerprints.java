package org.fullaccounting.api.infrastructure.security;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

/**
 * HMAC-SHA-256 under a key drawn at random when the fingerprints are made and never written
 * anywhere: what the sign-in caches keep instead of a password. Each part is preceded by its length,
 * so no two lists of parts run together into the same bytes.
 */
final class Fingerprints {

    private static final String HMAC = "HmacSHA256";

    private final ThreadLocal<Mac> macs;

    Fingerprints() {
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

    ByteBuffer of(CharSequence... parts) {
        Mac mac = macs.get();
        for (CharSequence part : parts) {
            byte[] bytes = part.toString().getBytes(StandardCharsets.UTF_8);
            mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
            mac.update(bytes);
        }
        return ByteBuffer.wrap(mac.doFinal());
    }
}
