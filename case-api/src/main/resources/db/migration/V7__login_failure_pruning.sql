-- Failures older than the throttle's window are deleted whatever name they carry (LoginThrottle),
-- so names without accounts cannot grow the table without bound; this index finds them.
CREATE INDEX login_failure_at ON login_failure (failed_at);
