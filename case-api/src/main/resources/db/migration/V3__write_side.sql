-- A service number belongs to at most one case. Claimed in the same transaction as the case's
-- opening event, so a failed opening leaves no claim behind.
CREATE TABLE service_number_claim (
    service_number VARCHAR(64) NOT NULL PRIMARY KEY,
    case_id        UUID        NOT NULL UNIQUE
);

-- Idempotency-Key: the first response to a keyed write, returned again on a retry. Written in
-- the same transaction as the write's events, so a key exists exactly when its write does.
CREATE TABLE idempotent_request (
    username        VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    location        VARCHAR(500),
    etag            VARCHAR(100),
    body            TEXT         NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (username, idempotency_key)
);
