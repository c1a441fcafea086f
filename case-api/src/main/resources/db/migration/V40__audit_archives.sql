-- Every auditor's archive (GET /api/audit/export): who took it, up to which position, and, once
-- the whole body has been written, its SHA-256 and length. The digest is the companion answer
-- GET /api/audit/export/manifest?archive=<id> gives; kept here so that any node answers it, and
-- so that the installation itself remembers which archives were taken. A row without completed_at
-- is an archive whose download broke off: it has no digest.
CREATE TABLE audit_archive (
    archive_id    UUID          NOT NULL PRIMARY KEY,
    exported_by   VARCHAR(100)  NOT NULL,
    started_at    TIMESTAMPTZ   NOT NULL,
    completed_at  TIMESTAMPTZ,
    events        BIGINT,
    cases         BIGINT,
    last_position BIGINT,
    bytes         BIGINT,
    sha256        VARCHAR(64)
);
