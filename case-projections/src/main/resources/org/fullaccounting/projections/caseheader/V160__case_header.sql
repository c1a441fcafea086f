-- The header of each case as GET /api/cases/{id} serves it: identity, status, designation, counts
-- per kind of entry and the version. Kept by a subscribing processor in the same transaction as
-- the case's events, so its version is exactly the one If-Match is checked against.
CREATE TABLE case_header (
    case_id           UUID    PRIMARY KEY,
    service_number    TEXT    NOT NULL,
    family_name       TEXT,
    given_name        TEXT,
    middle_name       TEXT,
    rank              TEXT,
    branch            TEXT,
    unit              TEXT,
    loss_date         TEXT,
    loss_place        TEXT,
    status            TEXT    NOT NULL,
    last_seen_alive   BOOLEAN NOT NULL,
    -- entry kind to the number of its entries not retracted, e.g. {"NOTE": 2}
    counts            JSONB   NOT NULL,
    retracted_entries INTEGER NOT NULL,
    -- sequence number of the last event folded in (Axon's, from 0); the version is one more
    last_sequence     BIGINT  NOT NULL
);
