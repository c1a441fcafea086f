package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.fullaccounting.projections.ErrorAsFailure;
import org.fullaccounting.projections.Writes;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Runs read-model event handlers in a savepoint of the processor's transaction when one may fail.
 * PostgreSQL aborts a whole transaction at the first failed statement: without a savepoint, an
 * event a handler cannot apply poisons its batch and not even the dead letter can be written. A
 * savepoint costs two round trips per event, so handlers run without one until a batch of that
 * model fails: a handler fails, or its batched writes (Writes, sent as the batch commits) do. The
 * failed batch is then rolled back and retried by the processor, and the next calls of that model
 * (enough for every segment's batch) run in savepoints with their writes sent at once: the failed
 * handler's writes alone are rolled back, Axon parks the event (DeadLetterQueues) and the batch goes
 * on. Retries of parked events ({@link #always}) always run in savepoints, so a letter that fails
 * again is requeued.
 */
public class ProjectionSavepoints implements HandlerEnhancerDefinition {

    private static final String ROLLBACK_GUARD = ProjectionSavepoints.class.getName() + ".guard";
    private static final ThreadLocal<Boolean> ALWAYS = ThreadLocal.withInitial(() -> false);

    private final Map<Class<?>, AtomicInteger> guardedCalls;
    private final TransactionTemplate savepoint;
    /** How many calls of a model run in savepoints after a failure: twice every segment's batch. */
    private final int guardedAfterFailure;

    ProjectionSavepoints(Set<Class<?>> projections, PlatformTransactionManager transactions, int eventsInFlight) {
        this.guardedAfterFailure = Math.max(2_000, 2 * eventsInFlight);
        this.guardedCalls = projections.stream().collect(Collectors.toMap(Function.identity(), p -> new AtomicInteger()));
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Runs {@code work} (a retry of parked events) with every projection handler in a savepoint. */
    public static <T> T always(Supplier<T> work) {
        ALWAYS.set(true);
        try {
            return work.get();
        } finally {
            ALWAYS.remove();
        }
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        AtomicInteger guarded;
        try {
            guarded = guardedCalls.get(original.declaringClass());
        } catch (UnsupportedOperationException unknown) {
            return original;
        }
        if (guarded == null) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                try {
                    return guardedHandle(message, target);
                } catch (Error error) {
                    throw ErrorAsFailure.of(error);
                }
            }

            /** In a savepoint while the model is guarded, else as it is, remembering a failure. */
            private Object guardedHandle(Message<?> message, T target) throws Exception {
                if (ALWAYS.get() || guarded.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    return inSavepoint(original, message, target);
                }
                guardOnRollback(original.declaringClass(), guarded);
                try {
                    return original.handle(message, target);
                } catch (Exception | Error failed) {
                    guarded.set(guardedAfterFailure);
                    throw failed;
                }
            }
        };
    }

    /** A batch that rolls back (its writes failed as it committed) is retried guarded. */
    private void guardOnRollback(Class<?> model, AtomicInteger guarded) {
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
            batch.getOrComputeResource(ROLLBACK_GUARD + model.getName(), key -> {
                batch.onRollback(u -> guarded.set(guardedAfterFailure));
                return Boolean.TRUE;
            });
        }
    }

    private <T> Object inSavepoint(MessageHandlingMember<T> handler, Message<?> message, T target) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return Writes.immediately(() -> handler.handle(message, target));
                } catch (RuntimeException | Error unchecked) {
                    throw unchecked;
                } catch (Exception checked) {
                    throw new Checked(checked);
                }
            });
        } catch (Checked wrapped) {
            throw (Exception) wrapped.getCause();
        }
    }

    /** Carries a handler's checked exception through the transaction template (which rolls back on it). */
    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(cause);
        }
    }
}
