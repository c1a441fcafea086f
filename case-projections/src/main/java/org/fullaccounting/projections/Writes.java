package org.fullaccounting.projections;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * A read model's writes, sent as one JDBC batch per statement per processor batch instead of one
 * round trip per statement per event: inside a unit of work (a processor's batch of events) each
 * {@link #update} is kept, and as the unit of work commits, in its transaction, every statement
 * runs once over all its rows ({@link JdbcTemplate#batchUpdate}). Outside one (a handler called by a
 * test) it runs at once.
 *
 * <p>Kept statements run in the order the model declared them, not in the order of its events: a
 * model lists its inserts before its updates, and makes each of its updates safe in any order
 * among rows of its own statement (guarded by sequence, or setting a flag). So an update never
 * misses a row an earlier event of the same batch inserted.
 *
 * <p>A failed batch is retried by the processor with each event in a savepoint, so the one event
 * that fails can be parked; in such a retry writes must run at once, inside their event's
 * savepoint: {@link #immediately}.
 */
public final class Writes {

    private static final ThreadLocal<Boolean> IMMEDIATE = ThreadLocal.withInitial(() -> false);

    private final JdbcTemplate jdbc;
    private final List<String> order;
    private final String key;

    /** {@code order}: every statement the model writes with, in the order they run at commit. */
    public Writes(JdbcTemplate jdbc, List<String> order) {
        this.jdbc = StorableText.writer(jdbc);
        this.order = List.copyOf(order);
        this.key = Writes.class.getName() + "@" + System.identityHashCode(this);
    }

    /** Runs {@code work} with every model's writes sent at once rather than kept for the batch. */
    public static <T> T immediately(Callable<T> work) throws Exception {
        boolean before = IMMEDIATE.get();
        IMMEDIATE.set(true);
        try {
            return work.call();
        } finally {
            IMMEDIATE.set(before);
        }
    }

    /** One of the declared statements with its arguments: kept for the batch, or run now. */
    public void update(String sql, Object... args) {
        keep(sql, null, args);
    }

    /**
     * As {@link #update}, but a batch keeps only the last arguments given for {@code key}: for a
     * statement whose last row per key says all the earlier ones did (a case's latest sequence).
     */
    public void updateLatest(String sql, Object key, Object... args) {
        keep(sql, key, args);
    }

    private void keep(String sql, Object rowKey, Object[] args) {
        if (!order.contains(sql)) {
            throw new IllegalArgumentException("not a declared statement: " + sql);
        }
        if (IMMEDIATE.get() || !CurrentUnitOfWork.isStarted()) {
            jdbc.update(sql, args);
            return;
        }
        kept().get(sql).add(rowKey, args);
    }

    /** The statements kept in this unit of work, created (with its flush at commit) on first use. */
    private Map<String, Rows> kept() {
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(key, k -> {
            Map<String, Rows> statements = new LinkedHashMap<>();
            order.forEach(sql -> statements.put(sql, new Rows()));
            unitOfWork.onPrepareCommit(u -> flush(statements));
            return statements;
        });
    }

    /** Sends every kept statement; an Error on the way (a driver's) fails the batch as an exception. */
    private void flush(Map<String, Rows> statements) {
        statements.forEach((sql, rows) -> {
            if (!rows.all.isEmpty()) {
                try {
                    jdbc.batchUpdate(sql, rows.all);
                } catch (Error error) {
                    throw ErrorAsFailure.of(error);
                }
            }
        });
    }

    /** One statement's rows in a batch, in order; a keyed row replaces its key's earlier one in place. */
    private static final class Rows {

        private final List<Object[]> all = new ArrayList<>();
        private final Map<Object, Integer> byKey = new HashMap<>();

        void add(Object rowKey, Object[] args) {
            if (rowKey == null) {
                all.add(args);
                return;
            }
            Integer at = byKey.putIfAbsent(rowKey, all.size());
            if (at == null) {
                all.add(args);
            } else {
                all.set(at, args);
            }
        }
    }
}
