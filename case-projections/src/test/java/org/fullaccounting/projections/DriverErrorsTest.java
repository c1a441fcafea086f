package org.fullaccounting.projections;

import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fullaccounting.projections.testing.ProjectionDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A read model's batch whose driver fails with an Error (as PostgreSQL's driver 42.7.11 did when
 * the server ended the connection mid-batch, with assertions on) fails its unit of work with an
 * exception, which Axon's processor rolls back and retries, instead of an Error that ends the
 * processor's work package for good. The JVM's own failures pass as they are.
 */
class DriverErrorsTest {

    private static final String INSERT = "INSERT INTO history_case (case_id, last_sequence) VALUES (?, ?)";

    @Test
    void aBatchWhoseDriverThrowsAnErrorFailsItsUnitOfWorkWithAnExceptionAndRollsItBack() {
        Writes writes = new Writes(new JdbcTemplate(batchesFailWith(ProjectionDatabase.migrated().getDataSource())),
                List.of(INSERT));
        UnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("an event"));
        writes.update(INSERT, UUID.randomUUID(), 1L);

        assertThatThrownBy(batch::commit).isInstanceOf(ErrorAsFailure.class)
                .hasCauseInstanceOf(AssertionError.class);
        assertThat(batch.isRolledBack()).as("rolled back").isTrue();
    }

    @Test
    void theJvmsOwnFailuresPassAsTheyAre() {
        assertThatThrownBy(() -> ErrorAsFailure.of(new OutOfMemoryError("heap"))).isInstanceOf(OutOfMemoryError.class);
        assertThatThrownBy(() -> ErrorAsFailure.of(new StackOverflowError())).isInstanceOf(StackOverflowError.class);
        assertThat(ErrorAsFailure.of(new AssertionError("driver"))).hasCauseInstanceOf(AssertionError.class);
    }

    /** The database as it is, except that every batch fails as the driver's assertion did. */
    private static DataSource batchesFailWith(DataSource real) {
        return wrap(DataSource.class, real, (method, result) ->
                method.getName().equals("getConnection") ? connection((Connection) result) : result);
    }

    private static Connection connection(Connection real) {
        return wrap(Connection.class, real, (method, result) ->
                method.getName().equals("prepareStatement") ? statement((PreparedStatement) result) : result);
    }

    private static PreparedStatement statement(PreparedStatement real) {
        return wrap(PreparedStatement.class, real, (method, result) -> result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T wrap(Class<T> type, T real, BiFunction<Method, Object, Object> result) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, (self, method, args) -> {
            if (method.getName().equals("executeBatch")) {
                throw new AssertionError("pgStatement.getConnection().getAutoCommit() should not throw");
            }
            try {
                return result.apply(method, method.invoke(real, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
