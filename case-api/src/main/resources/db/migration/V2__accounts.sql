-- Spring Security's JdbcUserDetailsManager schema; passwords are stored as {bcrypt} hashes.
CREATE TABLE users (
    username VARCHAR(100) NOT NULL PRIMARY KEY,
    password VARCHAR(500) NOT NULL,
    enabled  BOOLEAN      NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE authorities (
    username  VARCHAR(100) NOT NULL REFERENCES users (username),
    authority VARCHAR(50)  NOT NULL,
    CONSTRAINT authorities_unique UNIQUE (username, authority)
);
