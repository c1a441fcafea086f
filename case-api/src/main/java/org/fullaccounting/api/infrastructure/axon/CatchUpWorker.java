package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One read model's share of a catch-up ({@link ReadModelCatchUp}): takes the shared reader's chunks
 * in order and applies each one as its processor would apply a batch, through the processor's own
 * handler invoker (its dead-letter queue, its savepoints, its batched writes), in one transaction
 * that also stores every segment's token at the chunk's last event. A chunk that fails is rolled back
 * whole, and the worker stops: the processor, started again, takes over from the last stored token.
 */
final class CatchUpWorker implements Runnable {

    /** A chunk of events in store order and the token after its last one. */
    record Chunk(List<? extends TrackedEventMessage<?>> events, TrackingToken end) {
    }

    private static final Chunk END = new Chunk(List.of(), null);

    private final String processor;
    private final int[] segments;
    private final EventHandlerInvoker invoker;
    private final TokenStore tokens;
    private final TransactionManager transactions;
    private final AtomicReference<Throwable> failure;
    private final BlockingQueue<Chunk> chunks = new ArrayBlockingQueue<>(2);

    CatchUpWorker(String processor, int[] segments, EventHandlerInvoker invoker, TokenStore tokens,
                  TransactionManager transactions, AtomicReference<Throwable> failure) {
        this.processor = processor;
        this.segments = segments.clone();
        this.invoker = invoker;
        this.tokens = tokens;
        this.transactions = transactions;
        this.failure = failure;
    }

    /** Waits while this worker is two chunks behind: the reader goes no faster than the slowest model. */
    void offer(Chunk chunk) throws InterruptedException {
        chunks.put(chunk);
    }

    void finish() throws InterruptedException {
        chunks.put(END);
    }

    String processor() {
        return processor;
    }

    /** Applies chunks until the end; after any worker's failure, only takes them, so the reader never waits. */
    @Override
    public void run() {
        try {
            for (Chunk chunk = chunks.take(); chunk != END; chunk = chunks.take()) {
                if (failure.get() == null) {
                    applyOrStop(chunk);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.compareAndSet(null, e);
        }
    }

    private void applyOrStop(Chunk chunk) {
        try {
            apply(chunk);
        } catch (Exception | Error e) {
            failure.compareAndSet(null, new IllegalStateException("read model '" + processor + "' could not apply "
                    + chunk.events().size() + " events up to " + chunk.end(), e));
        }
    }

    /**
     * One unit of work for the whole chunk, carrying its last event: handlers take the event they are
     * given, and what they keep for the batch (Writes, savepoint guards) hangs on the unit of work, so
     * Axon's bookkeeping per event (a processing context and a result message each) is not needed.
     */
    private void apply(Chunk chunk) throws Exception {
        List<? extends TrackedEventMessage<?>> events = chunk.events();
        BatchingUnitOfWork<TrackedEventMessage<?>> batch = new BatchingUnitOfWork<>(events.get(events.size() - 1));
        batch.attachTransaction(transactions);
        batch.onPrepareCommit(unitOfWork -> {
            for (int segment : segments) {
                tokens.storeToken(chunk.end(), processor, segment);
            }
        });
        ResultMessage<?> result = batch.executeWithResult(() -> {
            for (EventMessage<?> event : events) {
                invoker.handle(event, Segment.ROOT_SEGMENT);
            }
            return null;
        }, RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            Throwable cause = result.exceptionResult();
            throw cause instanceof Exception exception ? exception : new IllegalStateException(cause);
        }
    }
}
