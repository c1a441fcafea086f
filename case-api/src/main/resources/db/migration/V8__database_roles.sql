-- Two database roles: migrations run as the owner of every table (SPRING_FLYWAY_USER), the
-- application as a role that owns nothing (SPRING_DATASOURCE_USERNAME), so it can neither ALTER a
-- table nor switch a trigger off. Its rights are granted after every migrate, whichever
-- migration made a table: see afterMigrate.sql. Here: what makes that enough.

-- TRUNCATE is refused on the chain too, whoever asks (the owner and superusers included).
CREATE TRIGGER event_chain_no_truncate
    BEFORE TRUNCATE ON event_chain
    FOR EACH STATEMENT EXECUTE FUNCTION fa_refuse_rewrite();

-- The chain is written by the trigger with its owner's rights: the application cannot insert
-- links of its own. A fixed search_path keeps a caller from substituting sha256 or event_chain.
ALTER FUNCTION fa_chain_event() SECURITY DEFINER SET search_path = public, pg_temp;
ALTER FUNCTION fa_text_hash(TEXT) SET search_path = public, pg_temp;
