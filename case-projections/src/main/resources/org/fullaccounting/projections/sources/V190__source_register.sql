-- The source register as readers see it: each document's current description (the last
-- correction wins; earlier ones stay in the source's events) and the cases it is linked to.
-- Kept by a subscribing processor in the writing transaction, so a source reads back at once and
-- a family's access through a link never lags behind the link.
CREATE TABLE source_register (
    source_id         UUID        NOT NULL PRIMARY KEY,
    kind              VARCHAR(32) NOT NULL,
    title             TEXT        NOT NULL,
    date_value        VARCHAR(64),
    date_earliest     DATE,
    authors           TEXT[]      NOT NULL,
    parties           TEXT[]      NOT NULL,
    archive_reference TEXT,
    reliability_note  TEXT,
    restricted        BOOLEAN     NOT NULL,
    -- what the fuzzy search compares with: title, reference, authors and parties, lower case
    search_text       TEXT        NOT NULL,
    version           BIGINT      NOT NULL,
    registered_at     TIMESTAMPTZ NOT NULL,
    registered_by     VARCHAR(100)
);
CREATE INDEX source_register_search_trgm ON source_register USING gin (search_text gin_trgm_ops);
CREATE INDEX source_register_date ON source_register (date_earliest, title);

CREATE TABLE source_case (
    source_id UUID        NOT NULL,
    case_id   UUID        NOT NULL,
    reason    TEXT        NOT NULL,
    linked_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (source_id, case_id)
);
CREATE INDEX source_case_case ON source_case (case_id);
