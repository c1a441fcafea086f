-- Named lists (the Last Seen Alive list, a camp's roster) as readers see them: each list's current
-- edition, and the cases on it. Kept by a subscribing processor in the writing transaction, so a
-- list reads back at once and the application reads a list's edition where it writes a membership.
CREATE TABLE named_list (
    list_id         UUID         NOT NULL PRIMARY KEY,
    name            TEXT         NOT NULL,
    keeper          TEXT         NOT NULL,
    version         TEXT         NOT NULL,
    date_value      VARCHAR(64),
    last_seen_alive BOOLEAN      NOT NULL,
    -- the list's events folded in (Axon's sequence + 1): a revision applies only when newer
    events          BIGINT       NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    created_by      VARCHAR(100)
);
-- One list decides the cases' Last Seen Alive designation: a second one so marked fails its
-- creation in the writing transaction (the application answers 409).
CREATE UNIQUE INDEX named_list_one_last_seen_alive ON named_list (last_seen_alive) WHERE last_seen_alive;
CREATE INDEX named_list_name ON named_list (name, list_id);

-- One row per list and case that ever joined it; a case that left keeps its row, marked, so a
-- later join or leave applies only when its case sequence is newer (replay-safe).
CREATE TABLE named_list_member (
    list_id       UUID         NOT NULL,
    case_id       UUID         NOT NULL,
    member        BOOLEAN      NOT NULL,
    entry_id      UUID         NOT NULL,
    list_version  TEXT         NOT NULL,
    source        TEXT,
    source_id     UUID,
    reason        TEXT         NOT NULL,
    case_sequence BIGINT       NOT NULL,
    changed_at    TIMESTAMPTZ  NOT NULL,
    changed_by    VARCHAR(100),
    PRIMARY KEY (list_id, case_id)
);
CREATE INDEX named_list_member_case ON named_list_member (case_id);
