-- Status board: one row per case (what the list and the counts read), plus the case's camps
-- and sightings so "in camp X" and "with unresolved sightings" are plain queries.
CREATE TABLE board_case (
    case_id         UUID         NOT NULL PRIMARY KEY,
    service_number  VARCHAR(64)  NOT NULL,
    family_name     TEXT         NOT NULL,
    given_name      TEXT,
    middle_name     TEXT,
    display_name    TEXT         NOT NULL,
    rank            TEXT,
    branch          VARCHAR(20)  NOT NULL,
    unit            TEXT,
    loss_date       VARCHAR(20),
    -- loss_date as given, and the first and last day it can mean, for range filters
    loss_earliest   DATE,
    loss_latest     DATE,
    loss_place      TEXT,
    status          VARCHAR(40)  NOT NULL,
    last_seen_alive BOOLEAN      NOT NULL DEFAULT false,
    opened_at       TIMESTAMPTZ  NOT NULL,
    -- the case's last event applied here (aggregate sequence number): replays never go backwards
    last_sequence   BIGINT       NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL
);
CREATE INDEX board_case_status ON board_case (status);
CREATE INDEX board_case_branch ON board_case (branch);
CREATE INDEX board_case_family_name ON board_case (family_name, given_name);
CREATE INDEX board_case_loss ON board_case (loss_earliest, loss_latest);

CREATE TABLE board_camp (
    entry_id  UUID    NOT NULL PRIMARY KEY,
    case_id   UUID    NOT NULL,
    camp      TEXT    NOT NULL,
    retracted BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX board_camp_case ON board_camp (case_id);

CREATE TABLE board_sighting (
    sighting_id         UUID        NOT NULL PRIMARY KEY,
    case_id             UUID        NOT NULL,
    assessment          VARCHAR(20),
    assessment_sequence BIGINT      NOT NULL DEFAULT -1,
    retracted           BOOLEAN     NOT NULL DEFAULT false
);
CREATE INDEX board_sighting_case ON board_sighting (case_id);
