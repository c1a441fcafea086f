-- Correspondence register across all cases.
CREATE TABLE correspondence (
    entry_id          UUID        NOT NULL PRIMARY KEY,
    case_id           UUID        NOT NULL,
    sequence          BIGINT      NOT NULL,
    date              VARCHAR(20) NOT NULL,
    -- the first and last day the partial date can mean, for range searches
    date_earliest     DATE        NOT NULL,
    date_latest       DATE        NOT NULL,
    kind              VARCHAR(20) NOT NULL,
    direction         VARCHAR(20) NOT NULL,
    from_party        TEXT,
    to_party          TEXT,
    subject           TEXT        NOT NULL,
    summary           TEXT,
    document_ref      TEXT,
    restricted        BOOLEAN     NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    recorded_by       TEXT,
    retracted         BOOLEAN     NOT NULL DEFAULT false,
    retraction_reason TEXT,
    words             TSVECTOR GENERATED ALWAYS AS (
                          to_tsvector('english', coalesce(subject, '') || ' ' || coalesce(summary, ''))) STORED
);
CREATE INDEX correspondence_by_case ON correspondence (case_id);
CREATE INDEX correspondence_dates ON correspondence (date_earliest, date_latest);
CREATE INDEX correspondence_words ON correspondence USING gin (words);

CREATE TABLE correspondence_case (
    case_id        UUID        NOT NULL PRIMARY KEY,
    service_number VARCHAR(64) NOT NULL,
    display_name   TEXT        NOT NULL
);
