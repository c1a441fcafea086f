-- A sighting may name its source only by citing a registered source (its citation is in the event
-- and the history), so its free-text source may be absent.
ALTER TABLE sighting ALTER COLUMN source DROP NOT NULL;
