package org.fullaccounting.api.application.imports;

import org.fullaccounting.api.infrastructure.imports.ImportThreads;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

/**
 * The batches of one import in flight, at most {@code fa.imports.parallel-batches} at once (so
 * memory holds that many batches, whatever the file's size). Two batches opening the same
 * number are decided by the claim: the second waits for the first's transaction, then is
 * refused and opens its rows one by one, skipping that row. Which of two rows of one file with the
 * same number opens may then depend on which batch reached the claim first.
 */
final class Batches {
    private final ImportThreads threads;
    private final Semaphore room;
    private final List<Future<Void>> inFlight = new ArrayList<>();

    Batches(ImportThreads threads, int parallel) {
        this.threads = threads;
        this.room = new Semaphore(parallel);
    }

    void submit(Runnable batch) throws InterruptedException, ExecutionException {
        room.acquire();
        finished();
        inFlight.add(threads.batch(() -> {
            try {
                batch.run();
                return null;
            } finally {
                room.release();
            }
        }));
    }

    /** Drops the batches that ended; the first failure stops the import. */
    private void finished() throws InterruptedException, ExecutionException {
        for (var done = inFlight.iterator(); done.hasNext(); ) {
            Future<Void> batch = done.next();
            if (batch.isDone()) {
                batch.get();
                done.remove();
            }
        }
    }

    void awaitAll() throws InterruptedException, ExecutionException {
        for (Future<Void> batch : inFlight) {
            batch.get();
        }
    }
}
