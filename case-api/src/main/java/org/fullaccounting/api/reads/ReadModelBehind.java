package org.fullaccounting.api.reads;

/** A read asked to see a version the read model did not reach in the time it was given. */
public class ReadModelBehind extends RuntimeException {

    private final long requested;
    private final long reached;

    public ReadModelBehind(long requested, long reached) {
        super("the case history has reached version " + reached + ", not yet " + requested + "; retry shortly");
        this.requested = requested;
        this.reached = reached;
    }

    public long requested() {
        return requested;
    }

    public long reached() {
        return reached;
    }
}
