-- Which family accounts may read which case. Kept by a subscribing processor in the same
-- transaction as the link's event, so access follows a link or unlink at once.
CREATE TABLE family_link (
    username VARCHAR(100) NOT NULL,
    case_id  UUID         NOT NULL,
    PRIMARY KEY (username, case_id)
);
CREATE INDEX family_link_case ON family_link (case_id);
