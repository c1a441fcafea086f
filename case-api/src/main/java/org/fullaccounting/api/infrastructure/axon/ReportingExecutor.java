package org.fullaccounting.api.infrastructure.axon;

import org.axonframework.common.AxonThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The threads of a pooled streaming processor (its coordinator, its work packages), as Axon makes
 * them (same names, same counts), except that a failure ending one of their tasks is logged. Axon
 * submits its tasks as futures that nobody reads, so a throwable escaping one (an {@link Error}
 * from a handler, an exception thrown while the coordinator aborts its work after an error) is
 * otherwise lost without a word, and the processor can stop for good with nothing in the log:
 * its coordinator waits for a work package that will never run again.
 */
final class ReportingExecutor extends ScheduledThreadPoolExecutor {

    private static final Logger log = LoggerFactory.getLogger(ReportingExecutor.class);

    private final String name;

    private ReportingExecutor(int threads, String name) {
        super(threads, new AxonThreadFactory(name));
        this.name = name;
    }

    /** One thread, as Axon's coordinator executor: {@code Coordinator[processor]}. */
    static ReportingExecutor coordinator(String processor) {
        return new ReportingExecutor(1, "Coordinator[" + processor + "]");
    }

    /** Four threads, as Axon's work-package executor: {@code WorkPackage[processor]}. */
    static ReportingExecutor workers(String processor) {
        return new ReportingExecutor(4, "WorkPackage[" + processor + "]");
    }

    @Override
    protected void afterExecute(Runnable task, Throwable thrown) {
        super.afterExecute(task, thrown);
        Throwable failure = thrown;
        if (failure == null && task instanceof Future<?> future && future.isDone() && !future.isCancelled()) {
            try {
                future.get();
            } catch (ExecutionException e) {
                failure = e.getCause();
            } catch (CancellationException ignored) {
                // a cancelled task did not fail
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (failure != null) {
            log.error("A task of {} ended with a failure nobody else will see; the processor may have stopped", name,
                    failure);
        }
    }
}
