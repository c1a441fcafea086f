package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.fullaccounting.api.application.refusals.DatabaseOutage;
import org.fullaccounting.projections.StorableText;
import org.springframework.core.NestedExceptionUtils;

/**
 * Where a read model parks an event it cannot apply: Axon's JDBC dead-letter queue in the table
 * {@code dead_letter_entry} (Flyway V6), one queue per processing group, sequenced per case (the
 * processors' default sequencing policy is per aggregate). Letters are written in the processor's
 * own transaction, so parking an event and moving the token past it commit together; nothing about
 * them lives in a node's memory.
 */
public final class DeadLetterQueues {

    public static final String TABLE = "dead_letter_entry";

    /** Axon truncates causes to this; the column holds as much. */
    private static final int CAUSE_LENGTH = ThrowableCause.TRUNCATED_MESSAGE_SIZE;

    private DeadLetterQueues() {
    }

    public static DeadLetterSchema schema() {
        return DeadLetterSchema.builder()
                .deadLetterTable(TABLE)
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    public static SequencedDeadLetterQueue<EventMessage<?>> queue(String processingGroup,
                                                                 org.axonframework.config.Configuration axon) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(processingGroup)
                .connectionProvider(axon.getComponent(ConnectionProvider.class))
                .transactionManager(axon.getComponent(TransactionManager.class))
                .schema(schema())
                .genericSerializer(axon.serializer())
                .eventSerializer(axon.eventSerializer())
                .build();
    }

    /**
     * Park every failure, with the innermost cause (a database error says what it refused; Spring's
     * wrapper would spend the room on the SQL text), cut to the column and made storable, so that
     * writing the letter cannot fail the way the event did.
     * <p>
     * Except a failure because the database is away: the event is not poison, and parking it would
     * take it out of the model for good if the letter could be written (declining would skip it
     * altogether). The failure goes on, the processor's batch rolls back, and Axon retries it once
     * the database answers again.
     */
    public static EnqueuePolicy<EventMessage<?>> policy() {
        return (letter, failure) -> {
            if (DatabaseOutage.isCause(failure)) {
                throw failure instanceof RuntimeException unchecked ? unchecked
                        : new IllegalStateException("the database cannot be reached", failure);
            }
            Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
            String message = String.valueOf(cause.getMessage());
            message = message.length() > CAUSE_LENGTH ? message.substring(0, CAUSE_LENGTH) : message;
            return Decisions.enqueue(new ThrowableCause(cause.getClass().getName(), StorableText.storable(message)));
        };
    }
}
