package org.fullaccounting.api.infrastructure.database;

import org.fullaccounting.api.application.refusals.DatabaseOutage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rows of one INSERT that many requests write at once (the access log: one row per read of a case),
 * committed together: a writer thread takes every row waiting, up to {@code maxRows}, and inserts them
 * in one transaction, and each caller returns only once its own row is committed. So each row is as
 * durable when its caller goes on as with a transaction of its own, and 32 readers cost PostgreSQL a
 * commit per batch instead of one each.
 *
 * <p>When a batch fails for one row, its rows are written again one by one, so only that row's caller
 * fails; when the database is unreachable, every caller of the batch gets that failure (and answers
 * 503 as it would have). Nothing is kept only here: a row is acknowledged to its caller only after its
 * commit, and a node that dies loses only rows whose callers had not gone on.
 */
public final class GroupCommit implements AutoCloseable {

    private record Pending(Object[] row, CompletableFuture<Void> committed) {
    }

    private final BlockingQueue<Pending> waiting = new LinkedBlockingQueue<>();
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String insert;
    private final int maxRows;
    private final Thread writer;
    private volatile boolean open = true;

    public GroupCommit(String name, JdbcTemplate jdbc, TransactionTemplate transaction, String insert, int maxRows) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.insert = insert;
        this.maxRows = maxRows;
        this.writer = new Thread(this::writeUntilClosed, name + "-group-commit");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /** Inserts the row with others waiting now; returns once it is committed, or throws what the insert threw. */
    public void write(Object... row) {
        if (!open) {
            jdbc.update(insert, row);
            return;
        }
        Pending pending = new Pending(row, new CompletableFuture<>());
        waiting.add(pending);
        try {
            awaitCommitted(pending);
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof RuntimeException unchecked ? unchecked
                    : new IllegalStateException(failed.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while its row was being written", e);
        }
    }

    private void awaitCommitted(Pending pending) throws ExecutionException, InterruptedException {
        while (true) {
            try {
                pending.committed().get(1, TimeUnit.SECONDS);
                return;
            } catch (TimeoutException stillWaiting) {
                if (!writer.isAlive() && waiting.remove(pending)) {
                    commit(List.of(pending)); // added as the node closed, after its writer's last look
                }
            }
        }
    }

    @Override
    public void close() {
        open = false;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeUntilClosed() {
        while (open || !waiting.isEmpty()) {
            try {
                Pending first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<Pending> batch = new ArrayList<>();
                    batch.add(first);
                    waiting.drainTo(batch, maxRows - 1);
                    commit(batch);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void commit(List<Pending> batch) {
        try {
            transaction.executeWithoutResult(status -> jdbc.batchUpdate(insert, batch.stream().map(Pending::row).toList()));
            batch.forEach(pending -> pending.committed().complete(null));
        } catch (RuntimeException failed) {
            if (batch.size() == 1 || DatabaseOutage.isCause(failed)) {
                batch.forEach(pending -> pending.committed().completeExceptionally(failed));
            } else {
                batch.forEach(pending -> commit(List.of(pending)));
            }
        }
    }
}
