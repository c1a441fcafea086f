package org.fullaccounting.api.infrastructure.imports;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads casualty-list imports run on ({@code fa.imports.threads}, 2), and their batches
 * ({@code fa.imports.parallel-batches}, 1, at once per import): an import is a long
 * background job, kept off the request threads and off the one scheduler thread. Further imports
 * wait their turn in the queue (RUNNING, their heartbeat renewed). At shutdown a running import
 * is interrupted; its node no longer renews it, so it turns FAILED (Imports). Not an Executor
 * bean, so Spring Boot's own task executor (MVC's streaming answers) stays as it is.
 */
@Component
public class ImportThreads {

    private final ExecutorService threads;
    private final ExecutorService batches;

    ImportThreads(@Value("${fa.imports.threads:2}") int count,
                  @Value("${fa.imports.parallel-batches:1}") int parallelBatches) {
        this.threads = Executors.newFixedThreadPool(count, named("import-"));
        this.batches = Executors.newFixedThreadPool(count * Math.max(1, parallelBatches), named("import-batch-"));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger next = new AtomicInteger();
        return work -> {
            Thread thread = new Thread(work, prefix + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs one import. */
    public void execute(Runnable work) {
        threads.execute(work);
    }

    /**
     * Runs one batch of an import (a separate pool: an import waits for its batches, which wait
     * for nothing, so the two pools cannot starve each other).
     */
    public <T> Future<T> batch(Callable<T> work) {
        return batches.submit(work);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
        batches.shutdownNow();
    }
}
