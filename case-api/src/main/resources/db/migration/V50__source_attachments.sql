-- The files attached to registered sources (scans of letters, court orders, transcripts), in
-- PostgreSQL as bytea: in the same transaction as the source's FileAttachedEvent (whose SHA-256
-- names these bytes), in every backup and restore with the rest, under the same rights; large
-- objects would need their own cleanup (lo_unlink) and grants for nothing gained below the 20 MiB
-- upload limit. Stored uncompressed (EXTERNAL): scans are compressed already.
-- The application's role may add rows, never change or remove them (afterMigrate.sql).
CREATE TABLE source_attachment (
    source_id   UUID         NOT NULL,
    number      INTEGER      NOT NULL,
    filename    TEXT         NOT NULL,
    media_type  VARCHAR(100) NOT NULL,
    size        BIGINT       NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    content     BYTEA        NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (source_id, number)
);
ALTER TABLE source_attachment ALTER COLUMN content SET STORAGE EXTERNAL;
