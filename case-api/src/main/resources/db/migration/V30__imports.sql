-- Casualty-list imports (issue 12). Their state lives here, not in a node's memory: every node
-- answers GET /api/imports/{id}, and a restart loses nothing. Counters and report lines are
-- written in the same transaction as the batch of cases they describe, so they never disagree
-- with the event store. A RUNNING import's node renews heartbeat_at every few seconds; one whose
-- heartbeat has lapsed (its node died) is turned FAILED by the next reader.
CREATE TABLE import_run (
    import_id      UUID PRIMARY KEY,
    file_name      TEXT        NOT NULL,
    file_sha256    TEXT        NOT NULL,
    file_bytes     BIGINT      NOT NULL,
    media_type     TEXT        NOT NULL,
    started_by     TEXT        NOT NULL,
    node           TEXT        NOT NULL,
    state          TEXT        NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    started_at     TIMESTAMPTZ NOT NULL,
    heartbeat_at   TIMESTAMPTZ NOT NULL,
    finished_at    TIMESTAMPTZ,
    bytes_read     BIGINT      NOT NULL DEFAULT 0,
    rows_read      BIGINT      NOT NULL DEFAULT 0,
    cases_opened   BIGINT      NOT NULL DEFAULT 0,
    rows_skipped   BIGINT      NOT NULL DEFAULT 0,
    rows_rejected  BIGINT      NOT NULL DEFAULT 0,
    failure        TEXT
);

CREATE INDEX import_run_running ON import_run (state, heartbeat_at) WHERE state = 'RUNNING';

-- One line per problem of a rejected row (a row with two bad fields has two) and one per skipped
-- row: its line in the file, the field at fault, the reason and, for a skip, the case that
-- already holds the service number.
CREATE TABLE import_report_line (
    id             BIGSERIAL PRIMARY KEY,
    import_id      UUID    NOT NULL REFERENCES import_run (import_id) ON DELETE CASCADE,
    line           BIGINT  NOT NULL,
    outcome        TEXT    NOT NULL CHECK (outcome IN ('REJECTED', 'SKIPPED')),
    field          TEXT,
    reason         TEXT    NOT NULL,
    existing_case  UUID
);

CREATE INDEX import_report_line_by_import ON import_report_line (import_id, line, id);
