package org.fullaccounting.api.cases;

/** The same Idempotency-Key was sent with a different request: refusing beats guessing. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request");
    }
}
