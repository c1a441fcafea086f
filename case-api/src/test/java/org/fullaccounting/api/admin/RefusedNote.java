package org.fullaccounting.api.admin;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.UUID;

/**
 * The cause of a read model's failure, made on purpose: while open, the history table refuses any
 * row whose text holds {@link #marker()}, as a database would refuse a bad row. Closing removes it.
 */
final class RefusedNote implements AutoCloseable {

    private final JdbcTemplate superuser;
    private final String marker;
    private final String trigger;

    private RefusedNote(JdbcTemplate superuser, String marker) {
        this.superuser = superuser;
        this.marker = marker;
        this.trigger = "refuse_" + marker.replace('-', '_');
    }

    /** The marker to put in a note's text; the refusal starts with {@link #refuse()}. */
    static RefusedNote marked(JdbcTemplate superuser, String what) {
        return new RefusedNote(superuser, what + "-" + UUID.randomUUID());
    }

    String marker() {
        return marker;
    }

    RefusedNote refuse() {
        superuser.execute("CREATE FUNCTION " + trigger + "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF NEW.text LIKE '%" + marker + "%' THEN RAISE EXCEPTION 'refused %', NEW.text; END IF;"
                + " RETURN NEW; END $$");
        superuser.execute("CREATE TRIGGER " + trigger + " BEFORE INSERT OR UPDATE ON history_entry FOR EACH ROW"
                + " EXECUTE FUNCTION " + trigger + "()");
        return this;
    }

    @Override
    public void close() {
        superuser.execute("DROP TRIGGER IF EXISTS " + trigger + " ON history_entry");
        superuser.execute("DROP FUNCTION IF EXISTS " + trigger + "()");
    }
}
