package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.annotation.AnnotatedMessageHandlingMember;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.fullaccounting.projections.ErrorAsFailure;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A read-model handler that fails with an Error (not an exception) fails as an exception, which
 * Axon's processor rolls back, retries and at last parks as a dead letter, instead of an Error that
 * ends the processor's work package and stops the model for good. The JVM's own failures pass.
 */
class ProjectionSavepointsTest {

    static class FailingModel {

        private final Error failure;

        FailingModel(Error failure) {
            this.failure = failure;
        }

        @EventHandler
        void on(String event) {
            throw failure;
        }
    }

    private final MessageHandlingMember<FailingModel> handler = new ProjectionSavepoints(
            Set.of(FailingModel.class), null, 10).wrapHandler(member());

    @Test
    void aHandlersErrorFailsAsAnException() {
        assertThatThrownBy(() -> handler.handle(event(), new FailingModel(new AssertionError("a handler's bug"))))
                .isInstanceOf(ErrorAsFailure.class).hasCauseInstanceOf(AssertionError.class);
    }

    @Test
    void theJvmsOwnFailuresPassAsTheyAre() {
        assertThatThrownBy(() -> handler.handle(event(), new FailingModel(new StackOverflowError())))
                .isInstanceOf(StackOverflowError.class);
    }

    private static EventMessage<String> event() {
        return GenericEventMessage.asEventMessage("an event");
    }

    private static MessageHandlingMember<FailingModel> member() {
        try {
            return new AnnotatedMessageHandlingMember<>(FailingModel.class.getDeclaredMethod("on", String.class),
                    EventMessage.class, String.class, ClasspathParameterResolverFactory.forClass(FailingModel.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
