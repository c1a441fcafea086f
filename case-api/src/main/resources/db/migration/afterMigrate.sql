-- Flyway runs this as the owner after every migrate, even when nothing was pending: the rights
-- of the application's role (${appRole}, the user SPRING_DATASOURCE_USERNAME names), granted on
-- every table whichever migration made it, and re-granted if that role changes. Idempotent.
--   domain_event_entry    SELECT, INSERT (append only)
--   event_chain           SELECT (the chain trigger writes it with the owner's rights, V8)
--   snapshot_seal         SELECT (the seal trigger writes it, V9)
--   snapshot_event_entry  SELECT, INSERT, DELETE (Axon prunes older snapshots; a trigger in V9
--                         allows only that DELETE)
--   source_attachment     SELECT, INSERT (an attached file is never changed or removed, V50)
--   flyway_schema_history nothing
--   the replayable read models' tables (board, history, sightings, correspondence, search)
--                         also TRUNCATE: a replay empties them at once (Sql.truncate)
--   every other table     SELECT, INSERT, UPDATE, DELETE: read models, tokens, sagas, dead
--                         letters, idempotency, accounts, access log, sign-in throttling ...
-- No TRUNCATE elsewhere, no ownership, nowhere. A new append-only table is added to the list
-- below; a new table of a replayable read model to the list of those.
-- With one role for both (no SPRING_FLYWAY_USER) there is nothing to grant: DatabaseRoles warns.
DO $$
DECLARE
    app TEXT := '${appRole}';
    append_only TEXT;
    read_model TEXT;
BEGIN
    IF app = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE ON domain_event_entry FROM %I', app);
    FOREACH append_only IN ARRAY ARRAY['event_chain', 'snapshot_seal'] LOOP
        EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON %I FROM %I', append_only, app);
    END LOOP;
    EXECUTE format('REVOKE UPDATE ON snapshot_event_entry FROM %I', app);
    IF to_regclass('source_attachment') IS NOT NULL THEN
        EXECUTE format('REVOKE UPDATE, DELETE ON source_attachment FROM %I', app);
    END IF;
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
    END IF;
    FOREACH read_model IN ARRAY ARRAY['board_case', 'board_sighting', 'board_camp', 'history_entry', 'history_case',
            'sighting', 'sighting_case', 'correspondence', 'correspondence_case', 'search_name', 'search_case'] LOOP
        IF to_regclass(read_model) IS NOT NULL THEN
            EXECUTE format('GRANT TRUNCATE ON %I TO %I', read_model, app);
        END IF;
    END LOOP;
END $$;
