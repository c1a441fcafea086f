package org.fullaccounting.api.cases;

/** If-Match named a version of the case that is no longer (or never was) the current one. */
public class StaleVersion extends RuntimeException {

    private final Long current;

    public StaleVersion(String detail, Long current) {
        super(detail);
        this.current = current;
    }

    /** The current version, when known. */
    public Long current() {
        return current;
    }
}
