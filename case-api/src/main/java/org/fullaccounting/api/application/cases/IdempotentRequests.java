package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.application.refusals.Refusal;
import org.fullaccounting.api.application.refusals.RefusalCode;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Idempotency keys, per user, in PostgreSQL. The key's row is inserted in the same transaction
 * as the write's events: if two requests with one key race, the primary key lets one commit and
 * rolls the other back entirely, and the loser answers with the winner's stored response.
 */
@Component
class IdempotentRequests {

    /** Its own mapper: a tweak to the web layer's JSON must not change the fingerprints of stored keys. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .build();

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    IdempotentRequests(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    record Key(String username, String key, String fingerprint) {
    }

    Optional<Written> find(Key key) {
        return jdbc.query("SELECT fingerprint, body FROM idempotent_request WHERE username = ? AND idempotency_key = ?",
                (rs, row) -> {
                    if (!rs.getString("fingerprint").equals(key.fingerprint())) {
                        throw Refusal.of(RefusalCode.IDEMPOTENCY_KEY_REUSED, "Idempotency-Key '" + key.key() + "' was already used for a different request");
                    }
                    return read(rs.getString("body"));
                }, key.username(), key.key()).stream().findFirst();
    }

    void remember(Key key, Written written) {
        jdbc.update("INSERT INTO idempotent_request (username, idempotency_key, fingerprint, status, body) "
                + "VALUES (?, ?, ?, 201, ?)", key.username(), key.key(), key.fingerprint(), write(written));
    }

    /**
     * What makes two requests the same: method, address and the parsed body as canonical JSON
     * (properties and map keys sorted, nulls written as null), so {@code null} and {@code "null"}
     * differ while field order and spacing in what was sent do not.
     */
    static String fingerprint(String method, String path, Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    (method + " " + path + "\n" + CANONICAL.writeValueAsString(request)).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed request is always writable as JSON", e);
        }
    }

    private Written read(String body) {
        try {
            return json.readValue(body, Written.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is unreadable", e);
        }
    }

    private String write(Written written) {
        try {
            return json.writeValueAsString(written);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
