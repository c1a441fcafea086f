-- Sighting reports of unnamed people (their own aggregate), the cases each is correlated with, and
-- every assessment of each correlation. Kept by a subscribing processor in the writing transaction:
-- a report and its correlations read back at once, in the report's page and in each case's history.
CREATE TABLE sighting_report (
    report_id    UUID        NOT NULL PRIMARY KEY,
    observed_on  VARCHAR(64) NOT NULL,
    observed_day DATE        NOT NULL,
    reported_on  VARCHAR(64) NOT NULL,
    reported_day DATE        NOT NULL,
    place        TEXT,
    source_kind  VARCHAR(30) NOT NULL,
    witness      TEXT,
    description  TEXT        NOT NULL,
    source_id    UUID,
    version      BIGINT      NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL,
    recorded_by  TEXT
);
CREATE INDEX sighting_report_order ON sighting_report (reported_day, observed_day, recorded_at);

-- One row per (report, case): the correlation's current assessment (the latest by sequence).
CREATE TABLE sighting_report_correlation (
    report_id           UUID        NOT NULL,
    case_id             UUID        NOT NULL,
    assessment          VARCHAR(20) NOT NULL,
    reason              TEXT        NOT NULL,
    assessment_sequence BIGINT      NOT NULL,
    correlated_at       TIMESTAMPTZ NOT NULL,
    correlated_by       TEXT,
    PRIMARY KEY (report_id, case_id)
);
CREATE INDEX sighting_report_correlation_case ON sighting_report_correlation (case_id);
CREATE INDEX sighting_report_correlation_open ON sighting_report_correlation (assessment);

-- Every assessment of a correlation, the first (made with the correlation) included, so a case's
-- history shows each and the history as recorded at an instant shows the one current then.
CREATE TABLE sighting_report_assessment (
    report_id           UUID        NOT NULL,
    sequence            BIGINT      NOT NULL,
    case_id             UUID        NOT NULL,
    assessment          VARCHAR(20) NOT NULL,
    previous_assessment VARCHAR(20),
    reason              TEXT        NOT NULL,
    recorded_at         TIMESTAMPTZ NOT NULL,
    recorded_by         TEXT,
    PRIMARY KEY (report_id, sequence)
);
CREATE INDEX sighting_report_assessment_case ON sighting_report_assessment (case_id);
