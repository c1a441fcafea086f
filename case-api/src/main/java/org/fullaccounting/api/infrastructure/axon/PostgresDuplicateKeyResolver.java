package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.common.jdbc.PersistenceExceptionResolver;

import java.sql.SQLException;

/**
 * Axon's default resolver only knows {@code SQLIntegrityConstraintViolationException}; the
 * PostgreSQL driver reports a unique violation as SQLState 23505. Without this, two nodes
 * appending to one case at once surface as a generic store error instead of a concurrency conflict.
 */
public class PostgresDuplicateKeyResolver implements PersistenceExceptionResolver {

    static final String UNIQUE_VIOLATION = "23505";

    @Override
    public boolean isDuplicateKeyViolation(Exception exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException && UNIQUE_VIOLATION.equals(((SQLException) cause).getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
