package org.fullaccounting.api;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * A stand-in OIDC issuer for tests: an RSA key made at start, its public half written where the
 * application's resource server reads it, and tokens signed locally.
 */
public final class TestTokens {

    private static final KeyPair ISSUER = generate();
    private static final KeyPair STRANGER = generate();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestTokens() {
    }

    /** For spring.security.oauth2.resourceserver.jwt.public-key-location. */
    public static String publicKeyLocation() {
        return PUBLIC_KEY.toUri().toString();
    }

    public static String token(String username, List<String> roles) {
        return sign(ISSUER.getPrivate(), username, roles, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public static String expiredToken(String username, List<String> roles) {
        return sign(ISSUER.getPrivate(), username, roles, Instant.now().minus(Duration.ofMinutes(5)));
    }

    public static String tokenFromAnotherIssuer(String username, List<String> roles) {
        return sign(STRANGER.getPrivate(), username, roles, Instant.now().plus(Duration.ofMinutes(5)));
    }

    private static String sign(PrivateKey key, String username, List<String> roles, Instant expires) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
                    .subject("sub-" + username)
                    .claim("preferred_username", username)
                    .claim("roles", roles)
                    .issueTime(Date.from(expires.minus(Duration.ofMinutes(10))))
                    .expirationTime(Date.from(expires))
                    .build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            Path file = Files.createTempFile("fa-test-issuer", ".pem");
            file.toFile().deleteOnExit();
            Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ISSUER.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
