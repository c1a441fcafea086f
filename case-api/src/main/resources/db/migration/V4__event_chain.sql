-- Tamper evidence. Every event appended to a case is chained by the database itself, in the
-- same transaction as the append, whoever inserts it:
--   hash(n) = sha256( hash(n-1) || sha256(event_identifier) || sha256(aggregate_identifier)
--                     || sha256(sequence_number) || sha256(type) || sha256(payload_type)
--                     || sha256(payload_revision) || sha256(time_stamp) || sha256(payload)
--                     || sha256(meta_data) )
-- with hash(-1) = 32 zero bytes and NULL fields hashed as empty. Hashing each field first keeps
-- the concatenation unambiguous. EventChain.java recomputes exactly this to verify a case.

CREATE TABLE event_chain (
    global_index         BIGINT       NOT NULL PRIMARY KEY,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    previous_hash        BYTEA        NOT NULL,
    hash                 BYTEA        NOT NULL,
    CONSTRAINT event_chain_aggregate_sequence UNIQUE (aggregate_identifier, sequence_number)
);

CREATE FUNCTION fa_text_hash(value TEXT) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE AS $$ SELECT sha256(convert_to(coalesce(value, ''), 'UTF8')) $$;

CREATE FUNCTION fa_chain_event() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
DECLARE
    previous BYTEA;
BEGIN
    IF NEW.sequence_number = 0 THEN
        previous := decode(repeat('00', 32), 'hex');
    ELSE
        SELECT hash INTO previous FROM event_chain
         WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number - 1;
        IF previous IS NULL THEN
            RAISE EXCEPTION 'event % of % has no predecessor in the chain',
                NEW.sequence_number, NEW.aggregate_identifier;
        END IF;
    END IF;
    INSERT INTO event_chain (global_index, aggregate_identifier, sequence_number, previous_hash, hash)
    VALUES (NEW.global_index, NEW.aggregate_identifier, NEW.sequence_number, previous,
            sha256(previous
                   || fa_text_hash(NEW.event_identifier)
                   || fa_text_hash(NEW.aggregate_identifier)
                   || fa_text_hash(NEW.sequence_number::text)
                   || fa_text_hash(NEW.type)
                   || fa_text_hash(NEW.payload_type)
                   || fa_text_hash(NEW.payload_revision)
                   || fa_text_hash(NEW.time_stamp)
                   || sha256(NEW.payload)
                   || sha256(coalesce(NEW.meta_data, ''::bytea))));
    RETURN NULL;
END $$;

CREATE TRIGGER domain_event_entry_chain
    AFTER INSERT ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION fa_chain_event();

-- History is append-only for the application. Someone with the rights to switch triggers off
-- can still change rows; the chain is what makes that visible.
CREATE FUNCTION fa_refuse_rewrite() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END $$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION fa_refuse_rewrite();

CREATE TRIGGER event_chain_append_only
    BEFORE UPDATE OR DELETE ON event_chain
    FOR EACH ROW EXECUTE FUNCTION fa_refuse_rewrite();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION fa_refuse_rewrite();
