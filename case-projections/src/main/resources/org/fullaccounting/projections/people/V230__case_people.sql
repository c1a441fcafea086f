-- The people of each case (relatives, the primary next of kin, contact details, consents, the
-- family account that is theirs) and their DNA reference samples, from the CasePeople events.
-- Kept by a subscribing processor in the writing transaction: a family member's access to their
-- own record never lags behind the link, and a write reads back at once. Each row remembers the
-- sequence of the last event folded into it (last_sequence), so a replayed event changes nothing.
CREATE TABLE case_person (
    person_id         UUID         NOT NULL PRIMARY KEY,
    case_id           UUID         NOT NULL,
    name              TEXT         NOT NULL,
    relationship      VARCHAR(32)  NOT NULL,
    born_on           VARCHAR(64),
    died_on           VARCHAR(64),
    is_primary        BOOLEAN      NOT NULL DEFAULT FALSE,
    primary_since     VARCHAR(64),
    address           TEXT,
    email             TEXT,
    phone             TEXT,
    consent_contact   BOOLEAN,
    consent_dna_use   BOOLEAN,
    consent_publicity BOOLEAN,
    consent_source    TEXT,
    account           VARCHAR(100),
    added_at          TIMESTAMPTZ  NOT NULL,
    last_sequence     BIGINT       NOT NULL
);
CREATE INDEX case_person_case ON case_person (case_id, added_at);
CREATE INDEX case_person_account ON case_person (account) WHERE account IS NOT NULL;
-- one primary next of kin at a time, as the aggregate says
CREATE UNIQUE INDEX case_person_one_primary ON case_person (case_id) WHERE is_primary;

CREATE TABLE reference_sample (
    sample_id     UUID        NOT NULL PRIMARY KEY,
    case_id       UUID        NOT NULL,
    donor_id      UUID        NOT NULL,
    type          VARCHAR(16) NOT NULL,
    line          VARCHAR(16) NOT NULL,
    requested_on  DATE        NOT NULL,
    received_on   DATE,
    processed_on  DATE,
    lab_reference TEXT,
    last_sequence BIGINT      NOT NULL
);
CREATE INDEX reference_sample_case ON reference_sample (case_id, type) ;
CREATE INDEX reference_sample_usable ON reference_sample (case_id, type) WHERE processed_on IS NOT NULL;
