-- A historical date may now be a range START/END ("1953-08-05/1953-09-06", up to 64 characters
-- with "circa" on both ends; HistoricalDate refuses longer). The read models' date columns held a
-- single date in 20 characters: widened, so an event with a range is applied, not parked.
-- Widening a varchar rewrites nothing in PostgreSQL.
ALTER TABLE board_case ALTER COLUMN loss_date TYPE VARCHAR(64);
ALTER TABLE correspondence ALTER COLUMN date TYPE VARCHAR(64);
ALTER TABLE history_entry ALTER COLUMN happened_on TYPE VARCHAR(64);
ALTER TABLE sighting ALTER COLUMN observed_on TYPE VARCHAR(64);
ALTER TABLE sighting ALTER COLUMN reported_on TYPE VARCHAR(64);
