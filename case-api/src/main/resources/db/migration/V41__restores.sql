-- A restore of an auditor's archive into an empty installation (POST /api/admin/restore,
-- ArchiveRestore). Its state is here, not in a node's memory, so GET /api/admin/restore/{id}
-- answers from any node:
--   RECEIVING   the archive is being read into restore_event (nothing in the event store yet);
--   APPLYING    the staged events are appended to domain_event_entry in their original order,
--               with their original positions, identifiers, sequence numbers, time stamps,
--               metadata and payload bytes (the chain trigger links them as it links any append);
--   REBUILDING  the read models kept in the writing transaction (case header, family links) and
--               the service number claims are folded from the restored events; the streaming
--               read models follow the stream by themselves;
--   DONE        every case's chain head equals the manifest's; FAILED otherwise, or on error.
-- At most one restore is under way at a time (the partial unique index).
CREATE TABLE restore_job (
    restore_id      UUID          NOT NULL PRIMARY KEY,
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    TIMESTAMPTZ   NOT NULL,
    node            VARCHAR(255)  NOT NULL,
    state           VARCHAR(16)   NOT NULL
        CHECK (state IN ('RECEIVING', 'APPLYING', 'REBUILDING', 'DONE', 'FAILED')),
    archive_id      UUID,
    archive_sha256  VARCHAR(64),
    events_received BIGINT        NOT NULL DEFAULT 0,
    events_expected BIGINT,
    events_applied  BIGINT        NOT NULL DEFAULT 0,
    cases           BIGINT,
    cases_rebuilt   BIGINT        NOT NULL DEFAULT 0,
    heads_matching  BIGINT,
    heads_differing BIGINT,
    differing       TEXT,
    failure         VARCHAR(2000),
    updated_at      TIMESTAMPTZ   NOT NULL,
    ended_at        TIMESTAMPTZ
);

CREATE UNIQUE INDEX restore_job_one_under_way ON restore_job ((true))
    WHERE state IN ('RECEIVING', 'APPLYING', 'REBUILDING');

-- The archive's events as received, in file order, until they are appended; then deleted.
CREATE TABLE restore_event (
    restore_id           UUID         NOT NULL REFERENCES restore_job ON DELETE CASCADE,
    line                 BIGINT       NOT NULL,
    global_index         BIGINT       NOT NULL,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    type                 VARCHAR(255),
    event_identifier     VARCHAR(255) NOT NULL,
    meta_data            BYTEA,
    payload              BYTEA        NOT NULL,
    payload_revision     VARCHAR(255),
    payload_type         VARCHAR(255) NOT NULL,
    time_stamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (restore_id, line)
);

-- The manifest's chain heads, checked against the restored chains at the end.
CREATE TABLE restore_head (
    restore_id UUID         NOT NULL REFERENCES restore_job ON DELETE CASCADE,
    case_id    UUID         NOT NULL,
    events     BIGINT       NOT NULL,
    head_hash  VARCHAR(64),
    PRIMARY KEY (restore_id, case_id)
);

-- Restored events keep their original positions (global_index); the position sequence must then
-- move past them, which the application's role may not do itself (no UPDATE on sequences). This
-- moves it forward only, never back, so the worst a caller can do is leave a gap in positions.
CREATE FUNCTION fa_advance_event_positions(target BIGINT) RETURNS BIGINT
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    positions TEXT := pg_get_serial_sequence('domain_event_entry', 'global_index');
    current_position BIGINT;
BEGIN
    EXECUTE format('SELECT last_value FROM %s', positions) INTO current_position;
    IF target > current_position THEN
        RETURN setval(positions, target);
    END IF;
    RETURN current_position;
END $$;
