-- Two database roles: migrations run as the owner of every table (SPRING_FLYWAY_USER), the
-- application as ${appRole} (SPRING_DATASOURCE_USERNAME), which owns nothing, so it can neither
-- ALTER a table nor switch a trigger off, and may change history only as below:
--   domain_event_entry    SELECT, INSERT (append)
--   event_chain           SELECT (the chain trigger writes it with the owner's rights)
--   snapshot_event_entry  SELECT, INSERT, DELETE (Axon prunes older snapshots; a trigger in V9
--                         allows only that DELETE)
--   flyway_schema_history nothing
--   every other table     SELECT, INSERT, UPDATE, DELETE (read models, tokens, dead letters,
--                         idempotency, accounts, access log ...), also for tables that later
--                         migrations create (default privileges). No TRUNCATE anywhere.
-- A later table that must be append-only revokes UPDATE, DELETE from ${appRole} itself.
-- With one role for both (no SPRING_FLYWAY_USER) there is nothing to grant; DatabaseRoles warns.

-- TRUNCATE is refused on the chain too, whoever asks (the owner and superusers included).
CREATE TRIGGER event_chain_no_truncate
    BEFORE TRUNCATE ON event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION fa_refuse_rewrite();

-- The chain is written by the trigger with its owner's rights: the application cannot insert
-- links of its own. A fixed search_path keeps a caller from substituting sha256 or event_chain.
ALTER FUNCTION fa_chain_event() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION fa_text_hash(TEXT) SET search_path = public, pg_temp;

DO $$
DECLARE
    app TEXT := '${appRole}';
BEGIN
    IF app = current_user THEN
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO %I', app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO %I', app);
    EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON domain_event_entry FROM %I', app);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON event_chain FROM %I', app);
    EXECUTE format('REVOKE UPDATE, TRUNCATE ON snapshot_event_entry FROM %I', app);
    IF to_regclass('flyway_schema_history') IS NOT NULL THEN
        EXECUTE format('REVOKE ALL ON flyway_schema_history FROM %I', app);
    END IF;
END $$;
