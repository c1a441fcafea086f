package org.fullaccounting.api.infrastructure.imports;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads casualty-list imports run on ({@code fa.imports.threads}, 2): an import is a long
 * background job, kept off the request threads and off the one scheduler thread. Further imports
 * wait their turn in the queue (RUNNING, their heartbeat renewed). At shutdown a running import
 * is interrupted; its node no longer renews it, so it turns FAILED (Imports). Not an Executor
 * bean, so Spring Boot's own task executor (MVC's streaming answers) stays as it is.
 */
@Component
public class ImportThreads {

    private final ExecutorService threads;

    ImportThreads(@Value("${fa.imports.threads:2}") int count) {
        AtomicInteger next = new AtomicInteger();
        ThreadFactory named = work -> {
            Thread thread = new Thread(work, "import-" + next.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.threads = Executors.newFixedThreadPool(count, named);
    }

    public void execute(Runnable work) {
        threads.execute(work);
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
