package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
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
 * savepoint costs two round trips per event, so handlers run without one until a handler of that
 * model fails; the failed batch is then rolled back and retried by the processor, and the next
 * {@value #GUARDED_AFTER_FAILURE} calls of that model run in savepoints: the failed handler's writes
 * alone are rolled back, Axon parks the event (DeadLetterQueues) and the batch goes on. Retries of
 * parked events ({@link #always}) always run in savepoints, so a letter that fails again is requeued.
 */
public class ProjectionSavepoints implements HandlerEnhancerDefinition {

    /** Enough for every segment of a model to re-run its failed batch (batch size 100) in savepoints. */
    static final int GUARDED_AFTER_FAILURE = 2_000;
    private static final ThreadLocal<Boolean> ALWAYS = ThreadLocal.withInitial(() -> false);

    private final Map<Class<?>, AtomicInteger> guardedCalls;
    private final TransactionTemplate savepoint;

    ProjectionSavepoints(Set<Class<?>> projections, PlatformTransactionManager transactions) {
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
                if (ALWAYS.get() || guarded.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    return inSavepoint(original, message, target);
                }
                try {
                    return original.handle(message, target);
                } catch (Exception | Error failed) {
                    guarded.set(GUARDED_AFTER_FAILURE);
                    throw failed;
                }
            }
        };
    }

    private <T> Object inSavepoint(MessageHandlingMember<T> handler, Message<?> message, T target) throws Exception {
        try {
            return savepoint.execute(status -> {
                try {
                    return handler.handle(message, target);
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
