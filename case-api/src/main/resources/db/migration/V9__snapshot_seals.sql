-- Snapshots are derived from the chained events, and trusted only while they prove it. When a
-- snapshot is stored, a trigger seals it, with the owner's rights, in a table the application
-- may only read:
--   content_hash = sha256( sha256(aggregate_identifier) || sha256(sequence_number)
--                          || sha256(payload_type) || sha256(payload_revision)
--                          || sha256(payload) || sha256(meta_data) )     (NULL hashed as empty)
--   chain_hash   = event_chain.hash of the event the snapshot summarises (its sequence number)
-- On load (SnapshotSeals, an Axon SnapshotFilter) a snapshot without a seal, with other content,
-- or whose event no longer has that chain hash is discarded, and the case is rebuilt from its
-- events; verify reports it. Snapshots stored before this migration have no seal: they are
-- rebuilt too.

CREATE TABLE snapshot_seal (
    event_identifier     VARCHAR(255) NOT NULL PRIMARY KEY,
    aggregate_identifier VARCHAR(255) NOT NULL,
    sequence_number      BIGINT       NOT NULL,
    content_hash         BYTEA        NOT NULL,
    chain_hash           BYTEA,
    sealed_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX snapshot_seal_aggregate ON snapshot_seal (aggregate_identifier, sequence_number);

CREATE FUNCTION fa_snapshot_content_hash(aggregate_identifier TEXT, sequence_number BIGINT, payload_type TEXT,
                                         payload_revision TEXT, payload BYTEA, meta_data BYTEA) RETURNS BYTEA
    LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
    SELECT sha256(fa_text_hash(aggregate_identifier) || fa_text_hash(sequence_number::text)
                  || fa_text_hash(payload_type) || fa_text_hash(payload_revision)
                  || sha256(coalesce(payload, ''::bytea)) || sha256(coalesce(meta_data, ''::bytea)))
$$;

-- Never raises: Axon may store a snapshot inside a command's transaction, and a failure here
-- would fail the command. A snapshot the trigger cannot seal properly is simply not trusted.
CREATE FUNCTION fa_seal_snapshot() RETURNS TRIGGER
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    INSERT INTO snapshot_seal (event_identifier, aggregate_identifier, sequence_number, content_hash, chain_hash)
    VALUES (NEW.event_identifier, NEW.aggregate_identifier, NEW.sequence_number,
            fa_snapshot_content_hash(NEW.aggregate_identifier, NEW.sequence_number, NEW.payload_type,
                                     NEW.payload_revision, NEW.payload, NEW.meta_data),
            (SELECT hash FROM event_chain
              WHERE aggregate_identifier = NEW.aggregate_identifier AND sequence_number = NEW.sequence_number))
    ON CONFLICT (event_identifier) DO NOTHING;
    RETURN NULL;
END $$;

CREATE TRIGGER snapshot_event_entry_seal
    AFTER INSERT ON snapshot_event_entry
    FOR EACH ROW EXECUTE FUNCTION fa_seal_snapshot();

-- Snapshots are append-only like events, with one exception: Axon's JdbcEventStorageEngine
-- deletes a case's older snapshots right after storing a new one, so a row may go exactly when a
-- newer snapshot of the same case exists.
CREATE FUNCTION fa_refuse_snapshot_delete() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM snapshot_event_entry
                WHERE aggregate_identifier = OLD.aggregate_identifier AND sequence_number > OLD.sequence_number) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'snapshot_event_entry is append-only: DELETE of the newest snapshot of % refused',
        OLD.aggregate_identifier;
END $$;

CREATE TRIGGER snapshot_event_entry_prune_only
    BEFORE DELETE ON snapshot_event_entry
    FOR EACH ROW EXECUTE FUNCTION fa_refuse_snapshot_delete();

CREATE TRIGGER snapshot_event_entry_append_only
    BEFORE UPDATE ON snapshot_event_entry
    FOR EACH ROW EXECUTE FUNCTION fa_refuse_rewrite();

CREATE TRIGGER snapshot_event_entry_no_truncate
    BEFORE TRUNCATE ON snapshot_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION fa_refuse_rewrite();

CREATE TRIGGER snapshot_seal_append_only
    BEFORE UPDATE OR DELETE ON snapshot_seal
    FOR EACH ROW EXECUTE FUNCTION fa_refuse_rewrite();

CREATE TRIGGER snapshot_seal_no_truncate
    BEFORE TRUNCATE ON snapshot_seal
    FOR EACH STATEMENT EXECUTE FUNCTION fa_refuse_rewrite();
