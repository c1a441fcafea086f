-- Who read which case, when, and what; failed sign-ins too. Queried by auditors.
CREATE TABLE access_log (
    id         BIGSERIAL    NOT NULL PRIMARY KEY,
    at         TIMESTAMPTZ  NOT NULL,
    username   VARCHAR(100) NOT NULL,
    case_id    UUID,
    action     VARCHAR(40)  NOT NULL,
    what       TEXT,
    outcome    VARCHAR(20)  NOT NULL,
    request_id VARCHAR(100)
);
CREATE INDEX access_log_case ON access_log (case_id, at);
CREATE INDEX access_log_user ON access_log (username, at);

-- Recent failed sign-ins per account, for throttling; cleared by a successful sign-in.
CREATE TABLE login_failure (
    username  VARCHAR(100) NOT NULL,
    failed_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_failure_user ON login_failure (username, failed_at);
