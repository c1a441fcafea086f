-- Case history: every event of a case is one row, keyed by its entry id. Retractions are written
-- onto the entry they retract (it stays, flagged); corrections point at the entry they correct.
CREATE TABLE history_entry (
    entry_id           UUID        NOT NULL PRIMARY KEY,
    case_id            UUID        NOT NULL,
    sequence           BIGINT      NOT NULL,
    kind               VARCHAR(30) NOT NULL,
    -- when it happened, exactly as the source gives it ("1950", "1950-11", "circa 1983"), and its sort key
    happened_on        VARCHAR(20),
    happened_day       DATE,
    happened_precision SMALLINT,
    text               TEXT        NOT NULL,
    source             TEXT,
    restricted         BOOLEAN     NOT NULL,
    refers_to          UUID,
    field              TEXT,
    value              TEXT,
    reason             TEXT,
    recorded_at        TIMESTAMPTZ NOT NULL,
    recorded_by        TEXT,
    retracted_by_entry UUID,
    retraction_reason  TEXT,
    retracted_at       TIMESTAMPTZ,
    retracted_by       TEXT
);
CREATE UNIQUE INDEX history_entry_case_sequence ON history_entry (case_id, sequence);

-- How far each case has been applied: read-your-writes waits on this.
CREATE TABLE history_case (
    case_id       UUID   NOT NULL PRIMARY KEY,
    last_sequence BIGINT NOT NULL
);
