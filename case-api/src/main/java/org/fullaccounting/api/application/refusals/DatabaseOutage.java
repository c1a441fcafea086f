package org.fullaccounting.api.application.refusals;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Tells a failure that means "PostgreSQL cannot be reached" from every other failure, wherever it
 * arrives from: the pool (Hikari's timeout), the driver (connection refused or lost), Spring's
 * translation of either, or the same wrapped by Axon (command, event store or processor
 * exceptions). Such a failure is nobody's mistake and passes: it is answered 503
 * {@link RefusalCode#DATABASE_UNAVAILABLE}, never 500, and a sign-in that meets it is not a wrong
 * password.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * Whether anything in the cause chain says the database is unreachable. Suppressed exceptions
     * and the failure a rollback hid count too: when the connection is gone the rollback fails as
     * well ("Connection is closed", no SQLState) and Spring throws that, with the telling failure
     * kept as its application exception.
     */
    public static boolean isCause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        pending.add(failure);
        while (!pending.isEmpty()) {
            Throwable next = pending.poll();
            if (!seen.add(next)) {
                continue;
            }
            if (meansUnreachable(next)) {
                return true;
            }
            if (next.getCause() != null) {
                pending.add(next.getCause());
            }
            pending.addAll(Arrays.asList(next.getSuppressed()));
            if (next instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                pending.add(rollback.getApplicationException());
            }
        }
        return false;
    }

    private static boolean meansUnreachable(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                // CannotGetJdbcConnectionException among them
                || cause instanceof DataAccessResourceFailureException) {
            return true;
        }
        return cause instanceof SQLException sql && (connectionState(sql.getSQLState()) || evictedByThePool(sql));
    }

    /**
     * HikariCP closes a connection once it failed with a connection error, and answers every later
     * use of it in the same transaction with this SQLException, which has no SQLState. The first
     * failure is not always what surfaces: Axon swallows a failed snapshot read (and rebuilds from
     * events), then the next statement meets the closed connection.
     */
    private static boolean evictedByThePool(SQLException failure) {
        return failure.getSQLState() == null && "Connection is closed".equals(failure.getMessage());
    }

    /**
     * SQLState class 08 (connection exception: refused, broken, closed) and the server going away
     * under a session: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
     * (starting up or shutting down).
     */
    static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }
}
