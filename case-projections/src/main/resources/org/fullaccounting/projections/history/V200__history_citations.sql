-- A case entry may cite a document of the source register: its id and where in it (page,
-- paragraph). Only the id is kept here; the source's title and archive reference are read from the
-- register when the history is read, so a corrected title shows wherever the source is cited.
ALTER TABLE history_entry ADD COLUMN cited_source_id UUID;
ALTER TABLE history_entry ADD COLUMN cited_locator TEXT;
