package org.fullaccounting.api.application.cases;

import org.fullaccounting.api.application.refusals.Refusal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.fullaccounting.casefile.api.CaseCommand;
import org.fullaccounting.casefile.api.CaseVersion;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
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
 *
 * <p>Who sent it, under which request and when is put on the command by {@link RecordingContext}
 * as it is dispatched; the case's version after the write is the command handler's answer.
 */
@Component
public class CaseWriter {

    private final CommandGateway commands;
    private final TransactionTemplate transaction;
    private final IdempotentRequests idempotentRequests;
    private final int attempts;

    CaseWriter(CommandGateway commands, TransactionTemplate transaction, IdempotentRequests idempotentRequests,
               @Value("${fa.write.attempts-on-concurrent-append}") int attempts) {
        this.commands = commands;
        this.transaction = transaction;
        this.idempotentRequests = idempotentRequests;
        this.attempts = attempts;
    }

    /** One write: the command (which names its case, entry and expected version) and its idempotency key, if any. */
    public record Write(CaseCommand command, IdempotentRequests.Key idempotencyKey) {
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
                throw Refusal.staleVersion("the case has changed since version "
                        + CaseVersion.afterSequence(write.command().expectedVersion()),
                        CaseVersion.ofAggregateVersion(stale.getActualVersion()).value());
            } catch (ConcurrencyException concurrentAppend) {
                if (write.command().expectedVersion() != null) {
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
        CaseVersion version = commands.sendAndWait(write.command());
        Written written = new Written(write.command().caseId(), write.command().entryId(), version.value());
        if (write.idempotencyKey() != null) {
            idempotentRequests.remember(write.idempotencyKey(), written);
        }
        return written;
    }
}
