-- Loss incidents and prisoner-of-war camps as named records, and the cases linked to each (with
-- why). The board filters and counts by these links, not by matching the cases' free-text places.
-- Kept by a subscribing processor in the writing transaction, so a record and its links read back
-- at once.
CREATE TABLE loss_incident (
    incident_id    UUID        NOT NULL PRIMARY KEY,
    name           TEXT        NOT NULL,
    dates          VARCHAR(64),
    dates_earliest DATE,
    place          TEXT,
    units          TEXT[]      NOT NULL,
    -- what the list's search compares with: name, place and units, lower case
    search_text    TEXT        NOT NULL,
    version        BIGINT      NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    recorded_by    VARCHAR(100)
);

CREATE TABLE incident_case (
    incident_id UUID        NOT NULL,
    case_id     UUID        NOT NULL,
    reason      TEXT        NOT NULL,
    linked_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (incident_id, case_id)
);
CREATE INDEX incident_case_case ON incident_case (case_id);

CREATE TABLE pow_camp (
    camp_id     UUID        NOT NULL PRIMARY KEY,
    name        TEXT        NOT NULL,
    location    TEXT,
    aliases     TEXT[]      NOT NULL,
    -- what the list's search compares with: name, aliases and location, lower case
    search_text TEXT        NOT NULL,
    version     BIGINT      NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL,
    recorded_by VARCHAR(100)
);

CREATE TABLE camp_case (
    camp_id   UUID        NOT NULL,
    case_id   UUID        NOT NULL,
    reason    TEXT        NOT NULL,
    linked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (camp_id, case_id)
);
CREATE INDEX camp_case_case ON camp_case (case_id);
