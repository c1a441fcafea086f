package org.fullaccounting.api.cases;

import org.fullaccounting.api.application.refusals.Refusal;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Sends one command for one HTTP write, as one transaction: the command's events, the service
 * number claim and the idempotency record commit together or not at all.
 *
 * <p>Two writers on one case: on one node Axon's aggregate lock orders them; across nodes the
 * event table's unique (case, sequence) key lets one commit and the other fail with a
 * {@link ConcurrencyException}. A write without If-Match is then simply retried on the new
 * version, so no entry is lost; a write with If-Match gets 412, because its sender saw an
 * older case.
 */
@Component
public class CaseWriter {

    private final CommandGateway commands;
    private final EventStore events;
    private final TransactionTemplate transaction;
    private final IdempotentRequests idempotentRequests;
    private final Clock clock;
    private final int attempts;

    CaseWriter(CommandGateway commands, EventStore events, TransactionTemplate transaction,
               IdempotentRequests idempotentRequests, Clock clock,
               @Value("${fa.write.attempts-on-concurrent-append}") int attempts) {
        this.commands = commands;
        this.events = events;
        this.transaction = transaction;
        this.idempotentRequests = idempotentRequests;
        this.clock = clock;
        this.attempts = attempts;
    }

    /** One write as the HTTP layer describes it. */
    public record Write(UUID caseId, UUID entryId, Object command, Long expectedVersion,
                        Authentication who, String requestId, IdempotentRequests.Key idempotencyKey) {
    }

    public Written write(Write write) {
        if (write.idempotencyKey() != null) {
            Optional<Written> earlier = idempotentRequests.find(write.idempotencyKey());
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> sendAndRecord(write));
            } catch (DuplicateKeyException racedOnIdempotencyKey) {
                if (write.idempotencyKey() == null) {
                    throw racedOnIdempotencyKey;
                }
                return idempotentRequests.find(write.idempotencyKey()).orElseThrow(() -> racedOnIdempotencyKey);
            } catch (ConflictingAggregateVersionException stale) {
                throw Refusal.staleVersion("the case has changed since version " + (write.expectedVersion() + 1),
                        stale.getActualVersion() + 1);
            } catch (ConcurrencyException concurrentAppend) {
                if (write.expectedVersion() != null) {
                    throw Refusal.staleVersion("another write to the case was recorded at the same moment", null);
                }
                if (attempt >= attempts) {
                    throw concurrentAppend;
                }
                pauseBeforeAttempt(attempt);
            }
        }
    }

    /** A short, growing, jittered pause so colliding writers do not collide again in lockstep. */
    private static void pauseBeforeAttempt(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20) * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Written sendAndRecord(Write write) {
        commands.sendAndWait(write.command(),
                RecordingContext.of(write.who(), write.requestId(), clock));
        // Still inside this transaction: no other writer can have committed past our event.
        long version = events.lastSequenceNumberFor(write.caseId().toString())
                .orElseThrow(() -> new AggregateNotFoundException(write.caseId().toString(), "no events"))
                + 1;
        Written written = new Written(write.caseId(), write.entryId(), version);
        if (write.idempotencyKey() != null) {
            idempotentRequests.remember(write.idempotencyKey(), written);
        }
        return written;
    }
}
