package org.fullaccounting.api.config;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

/**
 * Runs each read-model event handler in a savepoint of the processor's transaction. PostgreSQL
 * aborts a whole transaction at the first failed statement: without the savepoint, one event a
 * handler cannot apply would poison the batch, the dead letter could not even be written, and the
 * processor would retry the batch for ever. With it, the failed handler's writes alone are rolled
 * back, Axon parks the event (DeadLetterQueues) and the batch goes on.
 */
class ProjectionSavepoints implements HandlerEnhancerDefinition {

    private final Set<Class<?>> projections;
    private final TransactionTemplate savepoint;

    ProjectionSavepoints(Set<Class<?>> projections, PlatformTransactionManager transactions) {
        this.projections = projections;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        Class<?> declaring;
        try {
            declaring = original.declaringClass();
        } catch (UnsupportedOperationException unknown) {
            return original;
        }
        if (!projections.contains(declaring)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                try {
                    return savepoint.execute(status -> {
                        try {
                            return original.handle(message, target);
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
        };
    }

    /** Carries a handler's checked exception through the transaction template (which rolls back on it). */
    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(cause);
        }
    }
}
