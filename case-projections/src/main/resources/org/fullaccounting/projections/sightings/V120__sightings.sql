-- Sighting reports across all cases with their current assessment.
CREATE TABLE sighting (
    sighting_id         UUID        NOT NULL PRIMARY KEY,
    case_id             UUID        NOT NULL,
    sequence            BIGINT      NOT NULL,
    observed_on         VARCHAR(20),
    observed_day        DATE,
    reported_on         VARCHAR(20),
    reported_day        DATE,
    place               TEXT,
    source_kind         VARCHAR(30) NOT NULL,
    witness             TEXT,
    description         TEXT        NOT NULL,
    source              TEXT        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    recorded_by         TEXT,
    assessment          VARCHAR(20),
    assessment_reason   TEXT,
    assessed_at         TIMESTAMPTZ,
    assessed_by         TEXT,
    assessment_sequence BIGINT      NOT NULL DEFAULT -1,
    retracted           BOOLEAN     NOT NULL DEFAULT false,
    retraction_reason   TEXT
);
CREATE INDEX sighting_by_case ON sighting (case_id);
CREATE INDEX sighting_queue ON sighting (reported_day, observed_day, recorded_at) WHERE NOT retracted;

-- Who each sighting is about, so the list names the case without a lookup elsewhere.
CREATE TABLE sighting_case (
    case_id        UUID        NOT NULL PRIMARY KEY,
    service_number VARCHAR(64) NOT NULL,
    display_name   TEXT        NOT NULL
);
