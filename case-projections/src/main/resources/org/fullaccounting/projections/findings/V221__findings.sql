-- Findings made for many cases at once (the Army's findings of death of 1954) and the cases each
-- was applied to. Kept by a subscribing processor in the writing transaction: a finding reads back
-- at once. The finding's own columns come from the first of its case entries (all carry them).
CREATE TABLE finding (
    finding_id  UUID         NOT NULL PRIMARY KEY,
    title       TEXT         NOT NULL,
    made_by     TEXT         NOT NULL,
    date_value  VARCHAR(64),
    source      TEXT,
    source_id   UUID,
    to_status   VARCHAR(64),
    recorded_at TIMESTAMPTZ  NOT NULL,
    recorded_by VARCHAR(100)
);
CREATE INDEX finding_recorded ON finding (recorded_at DESC, finding_id);

CREATE TABLE finding_case (
    finding_id  UUID        NOT NULL,
    case_id     UUID        NOT NULL,
    entry_id    UUID        NOT NULL UNIQUE,
    from_status VARCHAR(64),
    retracted   BOOLEAN     NOT NULL DEFAULT false,
    PRIMARY KEY (finding_id, case_id)
);
CREATE INDEX finding_case_case ON finding_case (case_id);
