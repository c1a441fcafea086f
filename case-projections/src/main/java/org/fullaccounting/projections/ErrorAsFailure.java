package org.fullaccounting.projections;

/**
 * An {@link Error} thrown while a read model applies events, turned into an exception. Axon's
 * pooled processor handles exceptions (the batch is retried, an event that fails alone is parked
 * as a dead letter) but not errors: an error ending one of its work packages leaves the package
 * unable to abort, and the model stops for good. The PostgreSQL driver 42.7.11 threw one when the
 * server ended a connection in the middle of a batch (an AssertionError, with assertions on).
 * The JVM's own failures (out of memory, stack overflow) pass unchanged: nothing can be retried
 * past them.
 */
public final class ErrorAsFailure extends RuntimeException {

    private ErrorAsFailure(Error error) {
        super("a read model failed with " + error, error);
    }

    /** {@code error} as an exception to throw, or rethrown as it is when the JVM itself failed. */
    public static ErrorAsFailure of(Error error) {
        if (error instanceof VirtualMachineError jvm) {
            throw jvm;
        }
        return new ErrorAsFailure(error);
    }
}
