package org.fullaccounting.api.application.refusals;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot be reached", however they are wrapped. */
class DatabaseOutageTest {

    private static final PSQLException REFUSED = new PSQLException("Connection to localhost:5432 refused",
            PSQLState.CONNECTION_UNABLE_TO_CONNECT, new ConnectException("Connection refused"));
    private static final PSQLException LOST = new PSQLException("An I/O error occurred while sending to the backend.",
            PSQLState.CONNECTION_FAILURE);
    private static final SQLTransientConnectionException POOL_TIMEOUT = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 3000ms.", "08001", REFUSED);

    @Test
    void aRefusedLostOrTimedOutConnectionIsAnOutage() {
        assertThat(DatabaseOutage.isCause(REFUSED)).isTrue();
        assertThat(DatabaseOutage.isCause(LOST)).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLTransientConnectionException("pool timed out"))).isTrue();
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("no connection"))).isTrue();
    }

    @Test
    void theServerShuttingDownOrStartingIsAnOutage() {
        for (String state : new String[]{"57P01", "57P02", "57P03"}) {
            assertThat(DatabaseOutage.isCause(new SQLException("the database system is shutting down", state)))
                    .as(state).isTrue();
        }
    }

    @Test
    void anOutageWrappedBySpringOrAxonIsStillAnOutage() {
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("no JDBC connection", POOL_TIMEOUT)))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new CommandExecutionException("command failed", POOL_TIMEOUT))).isTrue();
        assertThat(DatabaseOutage.isCause(new EventStoreException("could not append", LOST))).isTrue();
        assertThat(DatabaseOutage.isCause(new AxonTransientException("transient", new RuntimeException(LOST)) {
        })).isTrue();
    }

    @Test
    void aRollbackThatHidTheOutageIsAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("rollback failed for another reason"));
        rollback.initApplicationException(new EventStoreException("could not read", LOST));
        assertThat(DatabaseOutage.isCause(rollback)).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("Connection is closed"))).as("evicted by the pool").isTrue();
    }

    @Test
    void otherDatabaseFailuresAreNotAnOutage() {
        PSQLException duplicate = new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION);
        assertThat(DatabaseOutage.isCause(new DuplicateKeyException("duplicate", duplicate))).isFalse();
        assertThat(DatabaseOutage.isCause(new EventStoreException("bad", new SQLException("syntax", "42601"))))
                .isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("a bug"))).isFalse();
    }
}
