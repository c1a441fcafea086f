-- How far the event store reached when a replay cleared its model: until the model's stored
-- tokens pass this position again, its tables hold only part of the store, and the lists it
-- serves say so (ModelRebuilds). Null for replays reset before this column existed.
ALTER TABLE projection_replay ADD COLUMN reset_head BIGINT;
