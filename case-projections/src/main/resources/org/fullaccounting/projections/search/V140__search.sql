-- Finding a case by service number or by a name as any source spells it. Trigram similarity
-- (pg_trgm) and Double Metaphone (fuzzystrmatch) do the tolerant matching; both ship with
-- PostgreSQL's contrib and are trusted extensions (the database owner may create them).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS fuzzystrmatch;

CREATE TABLE search_case (
    case_id            UUID        NOT NULL PRIMARY KEY,
    service_number     VARCHAR(64) NOT NULL,
    -- ServiceNumberRegistry.normalize: "ra 11-190 352" and "RA11190352" are the same number
    service_number_key VARCHAR(64) NOT NULL,
    display_name       TEXT        NOT NULL
);
CREATE INDEX search_case_number ON search_case (service_number_key);

-- One row per spelling: the name the case was opened with (entry id = case id) and any name a
-- correction gives (entry id = the correction's).
CREATE TABLE search_name (
    entry_id    UUID    NOT NULL PRIMARY KEY,
    case_id     UUID    NOT NULL,
    family_name TEXT    NOT NULL,
    full_name   TEXT    NOT NULL,
    retracted   BOOLEAN NOT NULL DEFAULT false
);
CREATE INDEX search_name_case ON search_name (case_id);
CREATE INDEX search_name_family_trgm ON search_name USING gin (lower(family_name) gin_trgm_ops);
CREATE INDEX search_name_full_trgm ON search_name USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX search_name_family_sound ON search_name (dmetaphone(family_name));
