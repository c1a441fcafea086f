-- The non-recoverable designation (an analytic conclusion that can be reopened) beside Last Seen
-- Alive. False for every existing case: no case could be designated before this column came.
ALTER TABLE case_header ADD COLUMN non_recoverable BOOLEAN NOT NULL DEFAULT false;
