-- Remains accessions as readers see them: each accession (a K208 box, a JRO's findings, a K55 box,
-- a Punchbowl unknown) and its candidate cases, each with why it is a candidate and what became of
-- it (excluded, with the reason; identified, with method, date and sample). Kept by a subscribing
-- processor in the writing transaction, so an accession reads back at once.
CREATE TABLE remains_accession (
    accession_id      UUID        NOT NULL PRIMARY KEY,
    name              TEXT        NOT NULL,
    received_on       VARCHAR(64) NOT NULL,
    received_earliest DATE        NOT NULL,
    origin            TEXT,
    lot               TEXT,
    version           BIGINT      NOT NULL,
    received_at       TIMESTAMPTZ NOT NULL,
    received_by       VARCHAR(100)
);
CREATE INDEX remains_accession_received ON remains_accession (received_earliest, name);

CREATE TABLE accession_candidate (
    accession_id     UUID        NOT NULL,
    case_id          UUID        NOT NULL,
    reason           TEXT        NOT NULL,
    -- CANDIDATE, EXCLUDED or IDENTIFIED
    outcome          VARCHAR(16) NOT NULL,
    excluded_because TEXT,
    method           VARCHAR(32),
    identified_on    VARCHAR(64),
    sample           TEXT,
    added_at         TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (accession_id, case_id)
);
CREATE INDEX accession_candidate_case ON accession_candidate (case_id);
